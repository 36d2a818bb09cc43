"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZAttendance } from "@/lib/validation/end-of-stay";
import { confirmAttendanceAction } from "@/app/actions/end-of-stay";

/** The host confirms the stay's actual first and last days: with its link's token, or signed in as the host coordinator (no token). */
export function AttendanceForm({ token, applicationId, days }: { token: string; applicationId: string; days: { firstDay: string; lastDay: string } }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZAttendance, { token, applicationId, ...days, signerName: "" });
  const { run, notice, busy } = useAction({ form, refresh: "on-failure" });
  const [done, setDone] = useState(false);
  const { errors } = form.formState;
  if (done) return <Alert tone="success">{t("endOfStay.attendanceDone")}</Alert>;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => confirmAttendanceAction(values));
        if (result.ok) setDone(true);
      })}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField type="date" label={t("endOfStay.firstDay")} error={fieldError(errors.firstDay)} {...form.register("firstDay")} />
        <TextField type="date" label={t("endOfStay.lastDay")} error={fieldError(errors.lastDay)} {...form.register("lastDay")} />
      </div>
      <TextField label={t("endOfStay.signerName")} autoComplete="name" error={fieldError(errors.signerName)} {...form.register("signerName")} />
      <Button type="submit" disabled={busy}>
        {t("endOfStay.confirmAttendance")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
