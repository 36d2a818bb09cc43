"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZWithdrawal } from "@/lib/validation/grants";
import { acceptForceMajeureAction, withdrawAction } from "@/app/actions/grants";

/** Declares a withdrawal or an early return, by the student or, `forStaff`, by a coordinator for the student. */
export function WithdrawalForm({ applicationId, forStaff = false }: { applicationId: string; forStaff?: boolean }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZWithdrawal, { applicationId, reason: "", returnDate: "", forceMajeure: false });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        // A withdrawal cannot be undone: the place goes to the next candidate and the grant is to pay back.
        if (window.confirm(t(forStaff ? "grants.staffWithdrawal.confirm" : "grants.withdrawConfirm")))
          await run(() => withdrawAction(values), "grants.withdrawn");
      })}
    >
      <p className="text-sm text-slate-700">{t(forStaff ? "grants.staffWithdrawal.lead" : "grants.withdrawLead")}</p>
      <TextAreaField label={t("grants.withdrawReason")} rows={3} error={fieldError(errors.reason)} {...form.register("reason")} />
      <TextField
        type="date"
        label={t(forStaff ? "grants.staffWithdrawal.returnDate" : "grants.returnDate")}
        error={fieldError(errors.returnDate)}
        {...form.register("returnDate")}
      />
      <CheckboxField label={t("grants.forceMajeure")} {...form.register("forceMajeure")} />
      <Button type="submit" variant="danger" disabled={busy}>
        {t("grants.withdraw")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}

export function ForceMajeureAcceptance({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={busy} onClick={() => run(() => acceptForceMajeureAction({ applicationId }), "common.saved")}>
        {t("grants.recordAcceptance")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
