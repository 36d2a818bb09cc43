"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZStaffInvitation, type TStaffInvitationInput } from "@/lib/validation/staff";
import { inviteStaffAction } from "@/app/actions/staff";
import { ScopeFields, type ScopeOptions } from "./scope-fields";

const EMPTY: TStaffInvitationInput = { name: "", email: "", role: "DEPARTMENTAL_COORDINATOR", departmentId: "", partnerInstitutionId: "", locale: "fr" };

/** The administrator's invitation: who, with which role and scope, written to in which language. */
export function InviteStaffForm({ options }: { options: ScopeOptions }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZStaffInvitation, EMPTY);
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  // A partner's coordinator is written to in English unless the administrator chooses otherwise; the home staff in French.
  const role = form.watch("role");
  const [localeChosen, setLocaleChosen] = useState(false);
  useEffect(() => {
    if (!localeChosen) form.setValue("locale", role === "HOST_COORDINATOR" ? "en" : "fr");
  }, [form, role, localeChosen]);
  const locale = form.register("locale", { onChange: () => setLocaleChosen(true) });
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async (values) => {
        if ((await run(() => inviteStaffAction(values), "staff.invited")).ok) {
          setLocaleChosen(false);
          form.reset(EMPTY);
        }
      })}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label={t("staff.name")} autoComplete="off" error={fieldError(errors.name)} {...form.register("name")} />
        <TextField label={t("staff.email")} type="email" autoComplete="off" error={fieldError(errors.email)} {...form.register("email")} />
        <ScopeFields form={form} options={options} />
        <SelectField label={t("staff.locale")} {...locale}>
          <option value="fr">{t("partners.locales.fr")}</option>
          <option value="en">{t("partners.locales.en")}</option>
        </SelectField>
      </div>
      <Button type="submit" disabled={busy}>
        {t("staff.sendInvitation")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
