"use client";

import { useWatch } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextAreaField } from "@/components/ui/field";
import { ZMotivationStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { StepActions } from "../step-actions";
import type { StepProps } from "./step-props";

export function MotivationStep({ onAdvance, onBack }: StepProps) {
  const { t, fieldError } = useI18n();
  const { form, next } = useStepForm("motivation", ZMotivationStep, onAdvance);
  const text = useWatch({ control: form.control, name: "motivation" }) ?? "";
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      <TextAreaField
        rows={10}
        label={t("application.fields.motivation")}
        hint={t("application.fields.motivationHint", { count: String(text).trim().length })}
        error={fieldError(errors.motivation)}
        {...form.register("motivation")}
      />
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
