"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZAnswerIncomingAgreement } from "@/lib/validation/ewp";
import { answerIncomingAgreementAction } from "@/app/actions/ewp";

/** The international office approves the partner's open proposal, or comments it back, as the person signed in. */
export function AnswerIncomingAgreement({ id, version, proposalId }: { id: string; version: number; proposalId: string }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZAnswerIncomingAgreement, { id, version, proposalId, answer: "APPROVE", signerPosition: "", comment: "" });
  const { run, notice, busy } = useAction({ form });
  const [commenting, setCommenting] = useState(false);
  const { errors } = form.formState;
  const send = (answer: "APPROVE" | "COMMENT") => {
    form.setValue("answer", answer);
    void form.handleSubmit((values) => run(() => answerIncomingAgreementAction(values), answer === "APPROVE" ? "ewp.approved" : "ewp.commented"))();
  };
  return (
    <form className="space-y-3" noValidate onSubmit={(event) => event.preventDefault()}>
      <TextField label={t("ewp.signerPosition")} error={fieldError(errors.signerPosition)} {...form.register("signerPosition")} />
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy} onClick={() => send("APPROVE")}>
          {t("ewp.approve")}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setCommenting((open) => !open)} aria-expanded={commenting}>
          {t("ewp.comment")}
        </Button>
      </div>
      {commenting && (
        <div className="space-y-2">
          <TextAreaField label={t("ewp.commentLabel")} rows={3} error={fieldError(errors.comment)} {...form.register("comment")} />
          <Button variant="danger" disabled={busy} onClick={() => send("COMMENT")}>
            {t("ewp.sendComment")}
          </Button>
        </div>
      )}
      <NoticeView notice={notice} />
    </form>
  );
}
