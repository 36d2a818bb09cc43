"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { NoticeView } from "@/components/forms/notice-view";
import {
  approveAsOfficeAction,
  reinviteHostAction,
  rejectAsSendingAction,
  revokeInvitationAction,
  signAsSendingAction,
} from "@/app/actions/learning-agreement";
import { SignPanel, type HostRecipientOption } from "./sign-panel";

/** The home coordinator's signature or rejection of the proposed version; `recipients` when signing invites the host. */
export function SendingSignPanel({ versionId, seenHash, recipients }: { versionId: string; seenHash: string; recipients?: HostRecipientOption[] }) {
  return (
    <SignPanel
      seenHash={seenHash}
      signer="sending"
      recipients={recipients}
      sign={({ seenHash: hash, hostRecipient }) => signAsSendingAction({ versionId, seenHash: hash, hostRecipient })}
      reject={({ seenHash: hash, comment }) => rejectAsSendingAction({ versionId, seenHash: hash, comment })}
    />
  );
}

/** The international office's approval, where the round requires it before the home signature. */
export function OfficeApproval({ versionId, seenHash }: { versionId: string; seenHash: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={busy} onClick={() => run(() => approveAsOfficeAction({ versionId, seenHash }))}>
        {t("learningAgreement.approveAsOffice")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}

/** The host signing links still open, each revocable, and a new link for the host when theirs was withdrawn or expired. */
export function Invitations({
  invitations,
  awaitingHostVersionId,
  recipients,
}: {
  invitations: Array<{ id: string; label: string }>;
  awaitingHostVersionId: string | null;
  recipients: HostRecipientOption[];
}) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  const [recipient, setRecipient] = useState(recipients[0]?.key ?? "");
  return (
    <div className="space-y-3">
      {invitations.length === 0 && <p className="text-sm text-slate-700">{t("learningAgreement.noOpenInvitation")}</p>}
      <ul className="space-y-2 text-sm">
        {invitations.map((invitation) => (
          <li key={invitation.id} className="flex items-center justify-between gap-2">
            <span>{invitation.label}</span>
            <Button variant="secondary" disabled={busy} onClick={() => run(() => revokeInvitationAction({ invitationId: invitation.id }))}>
              {t("learningAgreement.revoke")}
            </Button>
          </li>
        ))}
      </ul>
      {awaitingHostVersionId && recipients.length === 0 && <Alert tone="warning">{t("errors.refusals.no_host_contact")}</Alert>}
      {awaitingHostVersionId && recipients.length > 0 && (
        <div className="space-y-2">
          <SelectField label={t("learningAgreement.hostRecipient")} value={recipient} onChange={(event) => setRecipient(event.target.value)}>
            {recipients.map((option) => (
              <option key={option.key} value={option.key}>
                {option.label}
              </option>
            ))}
          </SelectField>
          <Button
            variant="secondary"
            disabled={busy}
            onClick={() => run(() => reinviteHostAction({ versionId: awaitingHostVersionId, hostRecipient: recipient }))}
          >
            {t("learningAgreement.sendNewLink")}
          </Button>
        </div>
      )}
      <NoticeView notice={notice} />
    </div>
  );
}
