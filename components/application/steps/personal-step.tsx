"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { TextField } from "@/components/ui/field";
import { ZPersonalStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { StepActions } from "../step-actions";
import type { StepProps } from "./step-props";

export function PersonalStep({ onAdvance, onBack }: StepProps) {
  const { t, fieldError } = useI18n();
  const { form, next } = useStepForm("personal", ZPersonalStep, onAdvance);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("application.fields.firstName")} autoComplete="given-name" error={fieldError(errors.firstName)} {...form.register("firstName")} />
        <TextField label={t("application.fields.lastName")} autoComplete="family-name" error={fieldError(errors.lastName)} {...form.register("lastName")} />
        <TextField
          type="date"
          label={t("application.fields.birthDate")}
          autoComplete="bday"
          error={fieldError(errors.birthDate)}
          {...form.register("birthDate")}
        />
        <TextField type="tel" label={t("application.fields.phone")} autoComplete="tel" error={fieldError(errors.phone)} {...form.register("phone")} />
      </div>
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
