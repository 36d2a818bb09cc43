"use client";

import type { ReactNode } from "react";
import type { UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";

type InstitutionValues = { name: string; erasmusCode: string; schacCode: string; countryCode: string; city: string; website: string };

/** What names an institution, the home one or a partner (`INSTITUTION_FIELDS` of the schema); `children` add the form's own fields to the grid. */
export function InstitutionFields({
  form,
  countries,
  children,
}: {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any form whose values include the institution fields
  form: UseFormReturn<any>;
  countries: Array<{ code: string; name: string }>;
  children?: ReactNode;
}) {
  const { t, fieldError } = useI18n();
  const { register, formState } = form as UseFormReturn<InstitutionValues>;
  const { errors } = formState;
  return (
    <>
      <TextField label={t("partners.name")} error={fieldError(errors.name)} {...register("name")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("partners.erasmusCode")} hint={t("partners.erasmusCodeHint")} error={fieldError(errors.erasmusCode)} {...register("erasmusCode")} />
        <TextField label={t("partners.schacCode")} hint={t("partners.schacCodeHint")} error={fieldError(errors.schacCode)} {...register("schacCode")} />
        <SelectField label={t("partners.country")} error={fieldError(errors.countryCode)} {...register("countryCode")}>
          <option value="">{t("partners.chooseCountry")}</option>
          {countries.map((country) => (
            <option key={country.code} value={country.code}>
              {country.name}
            </option>
          ))}
        </SelectField>
        <TextField label={t("partners.city")} error={fieldError(errors.city)} {...register("city")} />
        <TextField type="url" label={t("partners.website")} error={fieldError(errors.website)} {...register("website")} />
        {children}
      </div>
    </>
  );
}
