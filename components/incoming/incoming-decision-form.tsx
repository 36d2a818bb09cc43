"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { decideIncomingAction } from "@/app/actions/incoming";
import { ZIncomingDecision } from "@/lib/validation/incoming";

export function IncomingDecisionForm({ applicationId, version }: { applicationId: string; version: number }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZIncomingDecision, { applicationId, version, decision: "ACCEPTED", message: "" });
  const { run, notice, busy } = useAction({ form, conflict: "coordinator.changedMeanwhile" });
  const decide = (decision: "ACCEPTED" | "DECLINED") =>
    form.handleSubmit((values) => run(() => decideIncomingAction({ ...values, version, decision }), "incoming.decided"))();
  return (
    <form className="space-y-3" noValidate onSubmit={(event) => event.preventDefault()}>
      <TextAreaField label={t("incoming.decisionMessageLabel")} rows={4} error={fieldError(form.formState.errors.message)} {...form.register("message")} />
      <div className="flex gap-2">
        <Button onClick={() => decide("ACCEPTED")} disabled={busy}>
          {t("incoming.accept")}
        </Button>
        <Button variant="danger" onClick={() => decide("DECLINED")} disabled={busy}>
          {t("incoming.decline")}
        </Button>
      </div>
      <NoticeView notice={notice} />
    </form>
  );
}
