"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { RecognitionField } from "@/components/eligibility/nationality-fields";
import { ZStudiesStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { useWizard } from "../wizard-context";
import { StepActions } from "../step-actions";
import { YesNoField } from "./yes-no-field";
import type { StepProps } from "./step-props";

export function StudiesStep({ onAdvance, onBack }: StepProps) {
  const { t, fieldError } = useI18n();
  const { options } = useWizard();
  const { form, next } = useStepForm("studies", ZStudiesStep, onAdvance);
  const { errors, isSubmitting } = form.formState;
  const departments = [...new Set(options.programmes.map((p) => p.department))];
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      <SelectField label={t("application.fields.programme")} error={fieldError(errors.programmeId)} {...form.register("programmeId")}>
        <option value="">{t("application.fields.programmePlaceholder")}</option>
        {departments.map((department) => (
          <optgroup key={department} label={department}>
            {options.programmes
              .filter((p) => p.department === department)
              .map((programme) => (
                <option key={programme.id} value={programme.id}>
                  {programme.name}
                </option>
              ))}
          </optgroup>
        ))}
      </SelectField>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          type="number"
          min={1}
          max={8}
          label={t("application.fields.yearOfStudy")}
          error={fieldError(errors.yearOfStudy)}
          {...form.register("yearOfStudy")}
        />
        <TextField
          type="number"
          min={0}
          max={600}
          label={t("application.fields.creditsCompleted")}
          hint={t("application.fields.creditsHint")}
          error={fieldError(errors.creditsCompleted)}
          {...form.register("creditsCompleted")}
        />
      </div>
      <YesNoField control={form.control} name="scholarshipHolder" legend={t("application.fields.scholarshipHolder")} />
      <YesNoField control={form.control} name="otherEuGrant" legend={t("application.fields.otherEuGrant")} />
      <RecognitionField control={form.control} legend={t("application.fields.fullRecognition")} />
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
