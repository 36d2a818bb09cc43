"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZStaffChange, type TStaffChangeInput } from "@/lib/validation/staff";
import { updateStaffAction } from "@/app/actions/staff";
import { ScopeFields, type ScopeOptions } from "./scope-fields";

/** The administrator's form for one account: role, scope, active or not. */
export function StaffAccountForm({ values, options }: { values: TStaffChangeInput; options: ScopeOptions }) {
  const { t } = useI18n();
  const form = useZodForm(ZStaffChange, values);
  const { run, notice, busy } = useAction({ form, conflict: "staff.changedMeanwhile" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => updateStaffAction({ ...form.getValues(), version: basedOn }), "staff.saved");
        if (result.ok) savedAs(result.data.version);
      })}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <ScopeFields form={form} options={options} />
      </div>
      <CheckboxField label={t("staff.activeLabel")} hint={t("staff.activeHint")} {...form.register("active")} />
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
