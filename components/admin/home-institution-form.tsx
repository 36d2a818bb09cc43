"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZHomeInstitution, type THomeInstitutionInput } from "@/lib/validation/institution";
import { saveHomeInstitutionAction } from "@/app/actions/institution";

/** The administrator's form for the institution the portal serves. */
export function HomeInstitutionForm({ values, countries }: { values: THomeInstitutionInput; countries: Array<{ code: string; name: string }> }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZHomeInstitution, values);
  const { run, notice, busy } = useAction({ form, conflict: "staff.institutionChanged" });
  // The version these values were based on moves on with this form's own saves only (see the partner form).
  const [basedOn, setBasedOn] = useState(values.version);
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveHomeInstitutionAction({ ...form.getValues(), version: basedOn }), "staff.institutionSaved");
        if (result.ok) setBasedOn(result.data.version);
      })}
    >
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
      </div>
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
