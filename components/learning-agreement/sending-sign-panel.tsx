"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
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
import { SignPanel } from "./sign-panel";

/** The home coordinator's signature or rejection of the proposed version. */
export function SendingSignPanel({ versionId, seenHash }: { versionId: string; seenHash: string }) {
  return (
    <SignPanel
      seenHash={seenHash}
      signer="sending"
      sign={({ seenHash: hash }) => signAsSendingAction({ versionId, seenHash: hash })}
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
}: {
  invitations: Array<{ id: string; label: string }>;
  awaitingHostVersionId: string | null;
}) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
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
      {awaitingHostVersionId && (
        <Button variant="secondary" disabled={busy} onClick={() => run(() => reinviteHostAction({ versionId: awaitingHostVersionId }))}>
          {t("learningAgreement.sendNewLink")}
        </Button>
      )}
      <NoticeView notice={notice} />
    </div>
  );
}
