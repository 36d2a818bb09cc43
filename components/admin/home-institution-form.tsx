"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZHomeInstitution, type THomeInstitutionInput } from "@/lib/validation/institution";
import { saveHomeInstitutionAction } from "@/app/actions/institution";
import { InstitutionFields } from "@/components/partner/institution-fields";

/** The administrator's form for the institution the portal serves. */
export function HomeInstitutionForm({ values, countries }: { values: THomeInstitutionInput; countries: Array<{ code: string; name: string }> }) {
  const { t } = useI18n();
  const form = useZodForm(ZHomeInstitution, values);
  const { run, notice, busy } = useAction({ form, conflict: "staff.institutionChanged" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveHomeInstitutionAction({ ...form.getValues(), version: basedOn }), "staff.institutionSaved");
        if (result.ok) savedAs(result.data.version);
      })}
    >
      <InstitutionFields form={form} countries={countries} />
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
