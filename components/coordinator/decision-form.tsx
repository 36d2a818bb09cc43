"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { decideAction } from "@/app/actions/review";
import { ZDecision } from "@/lib/validation/review";
import type { ApplicationStatus } from "@/lib/domain/application/status";

export function DecisionForm({ applicationId, version, moves }: { applicationId: string; version: number; moves: ApplicationStatus[] }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZDecision, { applicationId, version, to: moves[0], reason: "" });
  const { run, notice, busy } = useAction({ form, conflict: "coordinator.changedMeanwhile" });
  // The last decision can leave no move to make: its confirmation stays in view.
  if (moves.length === 0)
    return (
      <div className="space-y-3">
        <p className="text-sm text-slate-700">{t("coordinator.noMoves")}</p>
        <NoticeView notice={notice} />
      </div>
    );
  const { errors } = form.formState;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        // The version is the one on the page now: the page reloads after each change, the form keeps its first values.
        if ((await run(() => decideAction({ ...values, version }), "coordinator.decided")).ok) form.setValue("reason", "");
      })}
    >
      <SelectField label={t("coordinator.decisionTarget")} error={fieldError(errors.to)} {...form.register("to")}>
        {moves.map((status) => (
          <option key={status} value={status}>
            {t(`statuses.${status}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField label={t("coordinator.decisionReason")} rows={3} error={fieldError(errors.reason)} {...form.register("reason")} />
      <Button type="submit" disabled={busy}>
        {t("coordinator.decide")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
