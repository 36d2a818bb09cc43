"use client";

import { useMemo } from "react";
import { Controller, useWatch } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { countryOptions } from "@/components/eligibility/country-options";
import { RESIDENCE_STATUSES } from "@/lib/domain/eligibility/types";
import { ZNationalityStep } from "@/lib/validation/application";
import { useStepForm } from "../use-step-form";
import { useWizard } from "../wizard-context";
import { StepActions } from "../step-actions";
import { messageOf, type StepProps } from "./step-props";

export function NationalityStep({ onAdvance, onBack }: StepProps) {
  const { locale, t } = useI18n();
  const { nationalities } = useWizard();
  const { form, next } = useStepForm("nationality", ZNationalityStep, onAdvance);
  const { errors, isSubmitting } = form.formState;
  const countries = useMemo(() => countryOptions(locale), [locale]);
  const nationality = useWatch({ control: form.control, name: "nationality" });
  const asksResidence = Boolean(nationality) && !nationalities.includes(nationality ?? "");
  return (
    <form onSubmit={next} noValidate className="space-y-4">
      <SelectField label={t("eligibility.questions.nationality")} error={messageOf(t, errors.nationality)} {...form.register("nationality")}>
        <option value="">{t("eligibility.questions.nationalityPlaceholder")}</option>
        {countries.map((country) => (
          <option key={country.code} value={country.code}>
            {country.name}
          </option>
        ))}
      </SelectField>
      {asksResidence && (
        <Controller
          control={form.control}
          name="residenceStatus"
          render={({ field, fieldState }) => (
            <RadioGroup
              legend={t("eligibility.questions.residenceStatus")}
              name="residenceStatus"
              inline={false}
              options={RESIDENCE_STATUSES.map((status) => ({ value: status, label: t(`eligibility.residence.${status}`) }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              error={messageOf(t, fieldState.error)}
            />
          )}
        />
      )}
      <StepActions onBack={onBack} submitting={isSubmitting} />
    </form>
  );
}
