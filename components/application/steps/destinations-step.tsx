"use client";

import { Controller, useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { ZDestinationsStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { useWizard } from "../wizard-context";
import { StepActions } from "../step-actions";
import type { StepProps } from "./step-props";
import type { ApplicationFormOptions } from "@/lib/server/application/get-form-options";
import type { Locale } from "@/lib/i18n/locales";
import { languageName } from "@/lib/i18n/format";
import { destinationAdmits, languageBelowRecommended } from "@/lib/domain/agreement";

const SEMESTERS = ["AUTUMN", "SPRING"] as const;

type Advice = {
  conditions: ApplicationFormOptions["destinations"][number]["conditions"];
  declared: Array<{ language: string; level: string }>;
  locale: Locale;
};

/** The language the chosen partner's agreement recommends, and a warning when the student declared a lower level in it. */
function LanguageAdvice({ conditions, declared, locale }: Advice) {
  const { t } = useI18n();
  const recommended = conditions.find((c) => c.languageCode && c.languageLevel);
  if (!recommended) return null;
  const below = languageBelowRecommended(conditions, declared);
  return (
    <div className="space-y-2 text-sm" data-testid="language-advice">
      <p>{t("catalogue.languageRecommended", { language: languageName(recommended.languageCode!, locale), level: recommended.languageLevel! })}</p>
      {below && (
        <Alert tone="warning">
          {t("application.fields.languageBelow", { language: languageName(below.language, locale), declared: below.declared, recommended: below.recommended })}
        </Alert>
      )}
    </div>
  );
}
const EMPTY_CHOICE = { partnerInstitutionId: "", semesters: [], startDate: "", endDate: "" };

export function DestinationsStep({ onAdvance, onBack }: StepProps) {
  const { t, fieldError } = useI18n();
  const { options, values } = useWizard();
  const { locale } = useI18n();
  const { form, next } = useStepForm("destinations", ZDestinationsStep, onAdvance);
  // Only the partners whose agreement admits the programme chosen on the studies step (and any already chosen, so none is lost).
  const programme = options.programmes.find((p) => p.id === values("studies").programmeId);
  const chosen = (form.watch("choices") ?? []).map((c) => c.partnerInstitutionId);
  const offered = options.destinations.filter((d) => !programme || destinationAdmits(d.conditions, programme) || chosen.includes(d.id));
  const declared = ((values("languages").languages as Array<{ language: string; level: string }> | undefined) ?? []).filter((l) => l.language && l.level);
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "choices" });
  const { errors, isSubmitting } = form.formState;
  const listError = errors.choices?.message ?? errors.choices?.root?.message;
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      {listError && <Alert tone="error">{fieldError(listError)}</Alert>}
      {programme && offered.length < options.destinations.length && (
        <p className="text-sm text-slate-700">{t("application.fields.destinationsForProgramme", { programme: programme.name })}</p>
      )}
      <ol className="space-y-4">
        {fields.map((field, index) => {
          const choiceErrors = errors.choices?.[index];
          const rank = index + 1;
          return (
            <li key={field.id} className="space-y-3 rounded-md border border-slate-200 p-4">
              <div className="flex items-center justify-between">
                <h3 className="font-semibold">{t("application.fields.choice", { rank })}</h3>
                <div className="flex gap-2">
                  {index > 0 && (
                    <Button variant="ghost" onClick={() => move(index, index - 1)} aria-label={t("application.fields.moveUp", { rank })}>
                      ↑
                    </Button>
                  )}
                  <Button variant="ghost" onClick={() => remove(index)} aria-label={t("application.fields.removeChoice", { rank })}>
                    ✕
                  </Button>
                </div>
              </div>
              <SelectField
                label={t("application.fields.partner")}
                error={fieldError(choiceErrors?.partnerInstitutionId)}
                {...form.register(`choices.${index}.partnerInstitutionId`)}
              >
                <option value="">{t("application.fields.partnerPlaceholder")}</option>
                {offered.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} — {d.city} ({d.countryCode}) · {d.languages.join(", ")}
                  </option>
                ))}
              </SelectField>
              <Controller
                control={form.control}
                name={`choices.${index}.semesters`}
                render={({ field: semesters, fieldState }) => (
                  <fieldset className="space-y-2" aria-invalid={Boolean(fieldState.error)}>
                    <legend className="text-sm font-medium text-slate-800">{t("application.fields.semesters")}</legend>
                    <div className="flex flex-wrap gap-x-6 gap-y-2">
                      {SEMESTERS.map((semester) => {
                        const chosen: string[] = semesters.value ?? [];
                        return (
                          <label key={semester} className="flex items-center gap-2 text-sm">
                            <input
                              type="checkbox"
                              className="h-4 w-4"
                              checked={chosen.includes(semester)}
                              onChange={(event) => semesters.onChange(event.target.checked ? [...chosen, semester] : chosen.filter((s) => s !== semester))}
                              onBlur={semesters.onBlur}
                            />
                            {t(`application.semesters.${semester}`)}
                          </label>
                        );
                      })}
                    </div>
                    {fieldState.error?.message && (
                      <p role="alert" className="text-sm font-medium text-red-700">
                        {fieldError(fieldState.error)}
                      </p>
                    )}
                  </fieldset>
                )}
              />
              <div className="grid gap-4 sm:grid-cols-2">
                <TextField
                  type="date"
                  label={t("application.fields.startDate")}
                  error={fieldError(choiceErrors?.startDate)}
                  {...form.register(`choices.${index}.startDate`)}
                />
                <TextField
                  type="date"
                  label={t("application.fields.endDate")}
                  error={fieldError(choiceErrors?.endDate)}
                  {...form.register(`choices.${index}.endDate`)}
                />
              </div>
              {/* Below the fields it depends on: appearing when a host is chosen, it must not move the semester boxes the student is about to tick. */}
              <LanguageAdvice conditions={options.destinations.find((d) => d.id === chosen[index])?.conditions ?? []} declared={declared} locale={locale} />
            </li>
          );
        })}
      </ol>
      {fields.length < 3 && (
        <Button
          variant="secondary"
          onClick={() => {
            // "Choose at least one destination" is answered by adding one: the alert goes now, not when the host is
            // chosen, which would move the fields under the student's pointer. An empty list has no other error to lose.
            if (fields.length === 0) form.clearErrors("choices");
            append({ ...EMPTY_CHOICE });
          }}
        >
          {t("application.fields.addChoice")}
        </Button>
      )}
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
