"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import type { CountryOption } from "@/components/eligibility/country-options";
import { formatDate, languageName } from "@/lib/i18n/format";
import type { ApplicationFormOptions } from "@/lib/server/application/get-form-options";
import { STEP_ORDER, type ApplicationStepKey } from "@/lib/validation/application";

type Answers = Record<string, Record<string, unknown> | undefined>;
type Choice = { partnerInstitutionId?: string; semesters?: string[]; startDate?: string; endDate?: string };

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : typeof value === "number" ? String(value) : null);

/** Every answer of the application as the student gave it, step by step, each step with a way back to it: what "check your answers" shows. */
export function AnswersSummary({
  answers,
  options,
  countries,
  onEdit,
}: {
  answers: Answers;
  options: ApplicationFormOptions;
  countries: CountryOption[];
  onEdit: (step: ApplicationStepKey) => void;
}) {
  const { t, locale } = useI18n();
  const day = (value: unknown) => (text(value) ? formatDate(new Date(`${text(value)}T12:00:00Z`), locale) : null);
  const yesNo = (value: unknown) =>
    value === true || value === "true" || value === "yes"
      ? t("application.yes")
      : value === false || value === "false" || value === "no"
        ? t("application.no")
        : null;
  const { personal = {}, nationality = {}, studies = {}, destinations = {}, languages = {}, motivation = {} } = answers;
  const residence = text(nationality.residenceStatus);
  const recognition = text(studies.fullRecognition);
  const rows: Record<ApplicationStepKey, Array<[string, ReactNode]>> = {
    personal: [
      [t("application.fields.firstName"), text(personal.firstName)],
      [t("application.fields.lastName"), text(personal.lastName)],
      [t("application.fields.birthDate"), day(personal.birthDate)],
      [t("application.fields.phone"), text(personal.phone)],
    ],
    nationality: [
      [
        t("eligibility.questions.nationality"),
        nationality.nationality === null ? t("eligibility.residence.stateless") : countries.find((c) => c.code === nationality.nationality)?.name,
      ],
      ...(residence && residence !== "none" && residence !== "stateless"
        ? [[t("eligibility.questions.residenceStatus"), t(`eligibility.residence.${residence as "refugee"}`)] as [string, ReactNode]]
        : []),
    ],
    studies: [
      [t("application.fields.programme"), options.programmes.find((p) => p.id === studies.programmeId)?.name],
      [t("application.fields.yearOfStudy"), text(studies.yearOfStudy)],
      [t("application.fields.creditsCompleted"), text(studies.creditsCompleted)],
      [t("application.fields.scholarshipHolder"), yesNo(studies.scholarshipHolder)],
      [t("application.fields.otherEuGrant"), yesNo(studies.otherEuGrant)],
      [t("application.fields.fullRecognition"), recognition ? t(`eligibility.recognitionAnswers.${recognition as "yes"}`) : null],
    ],
    destinations: ((destinations.choices as Choice[] | undefined) ?? []).map((choice, index) => [
      t("application.fields.choice", { rank: index + 1 }),
      [
        options.destinations.find((d) => d.id === choice.partnerInstitutionId)?.name,
        (choice.semesters ?? []).map((s) => t(`application.semesters.${s as "AUTUMN"}`)).join(", "),
        [day(choice.startDate), day(choice.endDate)].filter(Boolean).join(" – "),
      ]
        .filter(Boolean)
        .join(" · "),
    ]),
    languages: [
      [
        t("application.steps.languages"),
        ((languages.languages as Array<{ language?: string; level?: string }> | undefined) ?? [])
          .filter((l) => l.language)
          .map((l) => `${languageName(l.language!, locale)} ${l.level ?? ""}`.trim())
          .join(", "),
      ],
    ],
    motivation: [[t("application.fields.motivation"), text(motivation.motivation)]],
  };
  return (
    <div className="space-y-4" data-testid="answers-summary">
      {STEP_ORDER.map((step) => (
        <section key={step} className="rounded-md border border-slate-200 p-3" data-step={step}>
          <div className="flex items-baseline justify-between gap-3">
            <h4 className="font-semibold">{t(`application.steps.${step}`)}</h4>
            <button type="button" className="text-sm font-semibold text-eu-blue underline" onClick={() => onEdit(step)}>
              {t("application.changeStep", { step: t(`application.steps.${step}`) })}
            </button>
          </div>
          <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
            {rows[step].map(([label, value], index) => (
              <div key={index} className="contents">
                <dt className="text-slate-600">{label}</dt>
                <dd className="whitespace-pre-line break-words">{value || t("application.notAnswered")}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}
