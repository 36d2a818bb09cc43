"use client";

import { useEffect, useRef, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { STEP_ORDER } from "@/lib/validation/application";
import type { ApplicationFormOptions } from "@/lib/server/application/get-form-options";
import { WizardProvider, useWizard } from "./wizard-context";
import { PersonalStep } from "./steps/personal-step";
import { NationalityStep } from "./steps/nationality-step";
import type { CountryOption } from "@/components/eligibility/country-options";
import { StudiesStep } from "./steps/studies-step";
import { DestinationsStep } from "./steps/destinations-step";
import { LanguagesStep } from "./steps/languages-step";
import { MotivationStep } from "./steps/motivation-step";
import { ReviewStep } from "./steps/review-step";

const STEPS = [...STEP_ORDER, "review"] as const;
const STEP_COMPONENTS = [PersonalStep, NationalityStep, StudiesStep, DestinationsStep, LanguagesStep, MotivationStep];

type Props = {
  applicationId: string;
  version: number;
  currentStep: number;
  form: Record<string, unknown>;
  options: ApplicationFormOptions;
  nationalities: string[];
  countries: CountryOption[];
  pieces: { provided: number; total: number };
};

function SaveStatus() {
  const { t } = useI18n();
  const { saveState, problem, restoredSteps } = useWizard();
  return (
    <div className="space-y-2" aria-live="polite">
      {problem === "session" && (
        <Alert tone="warning">
          {t("application.sessionExpired")}{" "}
          <a className="font-semibold underline" href={`/sign-in?callbackUrl=${encodeURIComponent(window.location.pathname)}`}>
            {t("application.signInAgain")}
          </a>
        </Alert>
      )}
      {problem === "conflict" && (
        <Alert tone="error">
          {t("application.conflict")}{" "}
          <Button variant="ghost" onClick={() => window.location.reload()}>
            {t("application.reload")}
          </Button>
        </Alert>
      )}
      {restoredSteps.length > 0 && <Alert tone="info">{t("application.restored")}</Alert>}
      <p className="text-right text-xs text-slate-600" data-testid="save-state">
        {saveState === "saving"
          ? t("application.saving")
          : saveState === "saved"
            ? t("application.saved")
            : saveState === "failed"
              ? t("application.saveFailed")
              : " "}
      </p>
    </div>
  );
}

function Wizard({ currentStep, pieces }: { currentStep: number; pieces: Props["pieces"] }) {
  const { t } = useI18n();
  const { restoredSteps } = useWizard();
  const [index, setIndex] = useState(Math.min(currentStep, STEPS.length - 1));
  const [reached, setReached] = useState(Math.min(currentStep, STEPS.length - 1));
  const heading = useRef<HTMLHeadingElement>(null);
  const first = useRef(true);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    heading.current?.focus();
  }, [index]);

  const goTo = (target: number) => {
    setIndex(target);
    setReached((r) => Math.max(r, target));
  };
  const StepComponent = STEP_COMPONENTS[index];
  return (
    <div className="grid gap-6 lg:grid-cols-[14rem_1fr]">
      <nav aria-label={t("application.stepOf", { current: index + 1, total: STEPS.length })}>
        <ol className="space-y-1">
          {STEPS.map((step, i) => (
            <li key={step}>
              <button
                type="button"
                disabled={i > reached}
                onClick={() => goTo(i)}
                aria-current={i === index ? "step" : undefined}
                className={`w-full rounded-md px-3 py-2 text-left text-sm ${i === index ? "bg-eu-blue font-semibold text-white" : "text-slate-800 hover:bg-slate-100 disabled:text-slate-400"}`}
              >
                {i + 1}. {t(`application.steps.${step}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>
      <section className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <div className="flex items-baseline justify-between gap-3">
          <h2 ref={heading} tabIndex={-1} className="text-xl font-semibold">
            {t(`application.steps.${STEPS[index] ?? "review"}`)}
          </h2>
          <span className="text-sm text-slate-600">{t("application.stepOf", { current: index + 1, total: STEPS.length })}</span>
        </div>
        <SaveStatus />
        {StepComponent ? (
          <StepComponent key={`${index}:${restoredSteps.length}`} onAdvance={() => goTo(index + 1)} onBack={index > 0 ? () => goTo(index - 1) : undefined} />
        ) : (
          <ReviewStep onBack={() => goTo(index - 1)} onEdit={(step) => goTo(STEPS.indexOf(step))} pieces={pieces} />
        )}
      </section>
    </div>
  );
}

/** The multi-step application form, saved on the server as the student goes. */
export function ApplicationWizard(props: Props) {
  return (
    <WizardProvider
      applicationId={props.applicationId}
      initialVersion={props.version}
      initialForm={props.form}
      options={props.options}
      nationalities={props.nationalities}
      countries={props.countries}
    >
      <Wizard currentStep={props.currentStep} pieces={props.pieces} />
    </WizardProvider>
  );
}
