"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { EligibilityResultView } from "@/components/eligibility/eligibility-result";
import { eligibilityAnswersOf, type ApplicationFacts } from "@/lib/domain/application/eligibility-answers";
import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import { submitApplicationAction } from "@/app/actions/applications";
import { useAction } from "@/components/forms/use-action";
import { STEP_ORDER, type ApplicationStepKey } from "@/lib/validation/application";
import { useWizard } from "../wizard-context";
import { AnswersSummary } from "../answers-summary";

type Raw = Record<string, unknown> | undefined;

function factsFromForm(form: Record<string, Raw>): ApplicationFacts {
  const text = (step: string, field: string) => {
    const value = form[step]?.[field];
    return typeof value === "string" && value !== "" ? value : null;
  };
  const flag = (step: string, field: string) => {
    const value = form.studies?.[field] ?? form[step]?.[field];
    return typeof value === "boolean" ? value : null;
  };
  const credits = Number(form.studies?.creditsCompleted);
  const choice = (form.destinations?.choices as Array<{ startDate?: string; endDate?: string }> | undefined)?.[0];
  return {
    nationality: text("nationality", "nationality"),
    residenceStatus: text("nationality", "residenceStatus") as ApplicationFacts["residenceStatus"],
    creditsCompleted: form.studies?.creditsCompleted === "" || Number.isNaN(credits) || form.studies?.creditsCompleted === undefined ? null : credits,
    programmeChosen: Boolean(text("studies", "programmeId")),
    scholarshipHolder: flag("studies", "scholarshipHolder"),
    otherEuGrant: flag("studies", "otherEuGrant"),
    fullRecognition: text("studies", "fullRecognition") as ApplicationFacts["fullRecognition"],
    firstChoice: choice?.startDate && choice.endDate ? { startDate: choice.startDate, endDate: choice.endDate } : null,
  };
}

export function ReviewStep({
  onBack,
  onEdit,
  pieces,
}: {
  onBack: () => void;
  onEdit: (step: ApplicationStepKey) => void;
  pieces: { provided: number; total: number };
}) {
  const { t } = useI18n();
  const wizard = useWizard();
  const { run, notice, busy } = useAction({ conflict: "application.conflict" });
  const [incomplete, setIncomplete] = useState<ApplicationStepKey[]>([]);
  const eligibility = useMemo(() => evaluateEligibility(eligibilityAnswersOf(factsFromForm(wizard.allValues())), wizard.nationalities), [wizard]);

  async function submit() {
    await wizard.settled();
    const result = await run(() => submitApplicationAction({ applicationId: wizard.applicationId, version: wizard.version() }));
    // The steps still incomplete are named by the first part of each field error.
    const steps = !result.ok && result.detail === "step_incomplete" ? Object.keys(result.fieldErrors ?? {}).map((key) => key.split(".")[0]) : [];
    setIncomplete(STEP_ORDER.filter((step) => steps.includes(step)));
  }

  return (
    <div className="space-y-6">
      <p className="text-slate-700">{t("application.reviewLead")}</p>
      <section className="space-y-3">
        <h3 className="text-lg font-semibold">{t("application.answersTitle")}</h3>
        <AnswersSummary answers={wizard.allValues()} options={wizard.options} countries={wizard.countries} onEdit={onEdit} />
      </section>
      <section className="space-y-3">
        <h3 className="text-lg font-semibold">{t("application.eligibilityTitle")}</h3>
        <EligibilityResultView result={eligibility} />
      </section>
      <section className="space-y-2">
        <h3 className="text-lg font-semibold">{t("application.piecesTitle")}</h3>
        <p data-testid="application-pieces-count">{t("application.piecesCount", pieces)}</p>
        <Link href={`/student/applications/${wizard.applicationId}/dossier`} className="font-semibold text-eu-blue underline">
          {t("application.openDossier")}
        </Link>
      </section>
      {notice && (
        <Alert tone="error" title={t("application.cannotSubmit")}>
          <p>{notice.text}</p>
          {incomplete.length > 0 && (
            <ul className="list-disc pl-5">
              {incomplete.map((step) => (
                <li key={step}>{t(`application.steps.${step}`)}</li>
              ))}
            </ul>
          )}
        </Alert>
      )}
      <div className="flex justify-between gap-3 border-t border-slate-200 pt-4">
        <Button variant="secondary" onClick={onBack}>
          {t("common.back")}
        </Button>
        <Button onClick={submit} disabled={busy}>
          {t("application.submit")}
        </Button>
      </div>
    </div>
  );
}
