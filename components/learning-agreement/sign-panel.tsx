"use client";

import { useRef, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import { Alert } from "@/components/ui/alert";
import { SIGNER_FIELDS, type TSignerFields } from "@/lib/validation/learning-agreement";
import type { ActionResult } from "@/lib/server/action";

type Intent = "sign" | "reject";

/** A person the host's signing link may be sent to, as the home coordinator reads them. */
export type HostRecipientOption = { key: string; label: string };

/**
 * Sign or reject the version the signer is looking at: its hash goes with
 * the answer, and if the text changed meanwhile the signer is asked to
 * review the new version instead of signing text they did not see.
 */
export function SignPanel({
  seenHash,
  signer,
  sign,
  reject,
  recipients,
}: {
  seenHash: string;
  /** The host signs without an account, as the name and position given here; the page then shows the used link's version, signed. */
  signer: "host" | "sending";
  sign: (input: { seenHash: string; signerName: string; signerPosition: string; hostRecipient: string }) => Promise<ActionResult<unknown>>;
  reject: (input: { seenHash: string; signerName: string; comment: string }) => Promise<ActionResult<unknown>>;
  /** Whom the host's signing link may go to, when signing sends one; none registered means the home coordinator cannot sign yet. */
  recipients?: HostRecipientOption[];
}) {
  const { t, fieldError } = useI18n();
  const intent = useRef<Intent>("sign");
  const form = useForm<TSignerFields>({
    defaultValues: { signerName: "", signerPosition: "", comment: "", hostRecipient: recipients?.[0]?.key ?? "" },
    // The fields to check depend on the button pressed: its part of the action's schema.
    resolver: ((values, context, options) => zodResolver(SIGNER_FIELDS[signer][intent.current])(values, context, options as never)) as Resolver<TSignerFields>,
  });
  const { run, notice, setNotice, busy } = useAction({ form });
  const [rejecting, setRejecting] = useState(false);
  const { errors } = form.formState;
  const noRecipient = recipients?.length === 0;

  const submit = (chosen: Intent) => {
    intent.current = chosen;
    void form.handleSubmit(async () => {
      // The typed values, not the schema's output: each part of the schema keeps only its own fields.
      const values = form.getValues();
      const result = await run(
        () => (chosen === "sign" ? sign({ seenHash, ...values }) : reject({ seenHash, ...values })),
        chosen === "sign" ? "learningAgreement.signed" : "learningAgreement.rejected",
      );
      if (!result.ok && result.detail === "stale_version") setNotice({ tone: "warning", text: t("learningAgreement.reviewNewVersion") });
    })();
  };

  return (
    <form className="space-y-3" noValidate onSubmit={(event) => event.preventDefault()}>
      {signer === "host" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField label={t("learningAgreement.signerName")} error={fieldError(errors.signerName)} {...form.register("signerName")} />
          <TextField label={t("learningAgreement.signerPosition")} error={fieldError(errors.signerPosition)} {...form.register("signerPosition")} />
        </div>
      )}
      {recipients && recipients.length > 0 && (
        <SelectField label={t("learningAgreement.hostRecipient")} hint={t("learningAgreement.hostRecipientHint")} {...form.register("hostRecipient")}>
          {recipients.map((recipient) => (
            <option key={recipient.key} value={recipient.key}>
              {recipient.label}
            </option>
          ))}
        </SelectField>
      )}
      {noRecipient && <Alert tone="warning">{t("errors.refusals.no_host_contact")}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button disabled={busy || noRecipient} onClick={() => submit("sign")}>
          {t("learningAgreement.sign")}
        </Button>
        <Button variant="secondary" disabled={busy} onClick={() => setRejecting((v) => !v)} aria-expanded={rejecting}>
          {t("learningAgreement.reject")}
        </Button>
      </div>
      {rejecting && (
        <div className="space-y-2">
          <TextAreaField label={t("learningAgreement.rejectComment")} rows={3} error={fieldError(errors.comment)} {...form.register("comment")} />
          <Button variant="danger" disabled={busy} onClick={() => submit("reject")}>
            {t("learningAgreement.sendRejection")}
          </Button>
        </div>
      )}
      <NoticeView notice={notice} />
    </form>
  );
}
