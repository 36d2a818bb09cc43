"use client";

import { NationalityFields } from "@/components/eligibility/nationality-fields";
import { ZNationalityStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { useWizard } from "../wizard-context";
import { StepActions } from "../step-actions";
import type { StepProps } from "./step-props";

export function NationalityStep({ onAdvance, onBack }: StepProps) {
  const { nationalities, countries } = useWizard();
  const { form, next } = useStepForm("nationality", ZNationalityStep, onAdvance);
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      <NationalityFields control={form.control} nationalities={nationalities} countries={countries} />
      <StepActions onBack={onBack} submitting={form.formState.isSubmitting} />
    </form>
  );
}
