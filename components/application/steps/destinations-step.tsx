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

const SEMESTERS = ["AUTUMN", "SPRING"] as const;
const EMPTY_CHOICE = { partnerInstitutionId: "", semesters: [], startDate: "", endDate: "" };

export function DestinationsStep({ onAdvance, onBack }: StepProps) {
  const { t, fieldError } = useI18n();
  const { options } = useWizard();
  const { form, next } = useStepForm("destinations", ZDestinationsStep, onAdvance);
  const { fields, append, remove, move } = useFieldArray({ control: form.control, name: "choices" });
  const { errors, isSubmitting } = form.formState;
  const listError = errors.choices?.message ?? errors.choices?.root?.message;
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      {listError && <Alert tone="error">{fieldError(listError)}</Alert>}
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
                {options.destinations.map((d) => (
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
            </li>
          );
        })}
      </ol>
      {fields.length < 3 && (
        <Button variant="secondary" onClick={() => append({ ...EMPTY_CHOICE })}>
          {t("application.fields.addChoice")}
        </Button>
      )}
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
