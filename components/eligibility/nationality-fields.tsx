"use client";

import { Controller, useController, useWatch, type Control, type FieldValues, type Path } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField } from "@/components/ui/field";
import { RadioGroup } from "@/components/ui/radio-group";
import { RECOGNITION_ANSWERS, RESIDENCE_STATUSES } from "@/lib/domain/eligibility/types";
import type { CountryOption } from "./country-options";

/**
 * The nationality, and the residence status in France only when the
 * nationality is not among those the round admits: the eligibility check
 * and the application form ask them the same way. A stateless person says so
 * up front, instead of a country. The countries come named by the server:
 * the browser's own country names differ from Node's, and would not hydrate.
 */
export function NationalityFields<T extends FieldValues>({
  control,
  nationalities,
  countries,
}: {
  control: Control<T>;
  nationalities: string[];
  countries: CountryOption[];
}) {
  const { t, fieldError } = useI18n();
  const { field, fieldState } = useController({ control, name: "nationality" as Path<T> });
  const { field: residence, fieldState: residenceState } = useController({ control, name: "residenceStatus" as Path<T> });
  const nationality = useWatch({ control, name: "nationality" as Path<T> }) as string | null | undefined;
  const stateless = nationality === null;
  const asksResidence = Boolean(nationality) && !nationalities.includes(nationality ?? "");
  return (
    <>
      <CheckboxField
        label={t("eligibility.questions.stateless")}
        checked={stateless}
        onChange={(event) => {
          field.onChange(event.target.checked ? null : "");
          residence.onChange(event.target.checked ? "stateless" : "none");
        }}
      />
      {!stateless && (
        <SelectField
          label={t("eligibility.questions.nationality")}
          error={fieldError(fieldState.error)}
          name={field.name}
          value={field.value ?? ""}
          onChange={field.onChange}
          onBlur={field.onBlur}
        >
          <option value="">{t("eligibility.questions.nationalityPlaceholder")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </SelectField>
      )}
      {asksResidence && (
        <RadioGroup
          legend={t("eligibility.questions.residenceStatus")}
          name="residenceStatus"
          inline={false}
          options={RESIDENCE_STATUSES.map((status) => ({ value: status, label: t(`eligibility.residence.${status}`) }))}
          value={residence.value}
          onChange={residence.onChange}
          onBlur={residence.onBlur}
          error={fieldError(residenceState.error)}
        />
      )}
    </>
  );
}

/** Whether the period will be fully recognised at home: yes, no, or not known yet. */
export function RecognitionField<T extends FieldValues>({ control, legend }: { control: Control<T>; legend: string }) {
  const { t, fieldError } = useI18n();
  return (
    <Controller
      control={control}
      name={"fullRecognition" as Path<T>}
      render={({ field, fieldState }) => (
        <RadioGroup
          legend={legend}
          name="fullRecognition"
          options={RECOGNITION_ANSWERS.map((answer) => ({ value: answer, label: t(`eligibility.recognitionAnswers.${answer}`) }))}
          value={field.value}
          onChange={field.onChange}
          onBlur={field.onBlur}
          error={fieldError(fieldState.error?.message)}
        />
      )}
    />
  );
}
