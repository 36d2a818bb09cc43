"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZAskHost, ZAttendanceFromScan } from "@/lib/validation/end-of-stay";
import type { HostRecipient } from "@/lib/server/learning-agreement/host-recipients";
import { askHostAction, recordAttendanceFromScanAction, recordLongerStayAmendmentAction } from "@/app/actions/end-of-stay";

/** The home coordinator sends the host its single-use link, to one of the partner's registered people. */
export function AskHostForm({ applicationId, recipients }: { applicationId: string; recipients: HostRecipient[] }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZAskHost, { applicationId, request: "ATTENDANCE", hostRecipient: recipients[0]?.key ?? "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form className="space-y-3" noValidate onSubmit={form.handleSubmit((values) => run(() => askHostAction(values), "endOfStay.asked"))}>
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField label={t("endOfStay.request")} {...form.register("request")}>
          <option value="ATTENDANCE">{t("endOfStay.requests.ATTENDANCE")}</option>
          <option value="TRANSCRIPT">{t("endOfStay.requests.TRANSCRIPT")}</option>
        </SelectField>
        <SelectField label={t("endOfStay.recipient")} error={fieldError(errors.hostRecipient)} {...form.register("hostRecipient")}>
          {recipients.map((r) => (
            <option key={r.key} value={r.key}>
              {r.name} — {r.email}
            </option>
          ))}
        </SelectField>
      </div>
      <Button type="submit" disabled={busy}>
        {t("endOfStay.askHost")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}

/** The fallback: the days read off the student's scanned certificate, once the coordinator accepted it. */
export function ScanAttendanceForm({ applicationId }: { applicationId: string }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZAttendanceFromScan, { applicationId, firstDay: "", lastDay: "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form className="space-y-3" noValidate onSubmit={form.handleSubmit((values) => run(() => recordAttendanceFromScanAction(values), "common.saved"))}>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField type="date" label={t("endOfStay.firstDay")} error={fieldError(errors.firstDay)} {...form.register("firstDay")} />
        <TextField type="date" label={t("endOfStay.lastDay")} error={fieldError(errors.lastDay)} {...form.register("lastDay")} />
      </div>
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("endOfStay.recordScan")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}

export function LongerStayAmendmentButton({ applicationId }: { applicationId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={busy} onClick={() => run(() => recordLongerStayAmendmentAction({ applicationId }), "endOfStay.amendmentRecorded")}>
        {t("endOfStay.recordAmendment")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
