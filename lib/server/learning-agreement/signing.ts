import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { env } from "@/lib/server/env";
import { displayName } from "@/lib/domain/people";
import { checkSignature, isAgreed, type Party } from "@/lib/domain/learning-agreement/signatures";
import { checkAnswerable, versionMove, type VersionEvent, type VersionState } from "@/lib/domain/learning-agreement/versions";
import { sendingSignerApplications } from "./access";
import { newLinkToken } from "@/lib/server/crypto/link-token";
import { INVITATION_DAYS } from "./invitation-token";
import type { HostRecipient } from "./host-recipients";

/*
 * What the signing operations share: the locked version they answer, the
 * signature and rejection records, and the host's invitation. Each operation
 * lives in its own file beside this one.
 */

type Tx = Prisma.TransactionClient;

export async function lockVersion(tx: Tx, versionId: string) {
  // Serialises signers and editors of one version: a signature is checked against the text as it is now.
  await tx.$queryRaw`SELECT id FROM "LearningAgreementVersion" WHERE id = ${versionId} FOR UPDATE`;
  return tx.learningAgreementVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      id: true,
      number: true,
      state: true,
      contentHash: true,
      content: true,
      agreementId: true,
      officeApprovedAt: true,
      agreement: {
        select: {
          applicationId: true,
          application: {
            select: {
              firstName: true,
              lastName: true,
              round: { select: { learningAgreementNeedsOfficeApproval: true } },
              student: { select: { email: true, locale: true, name: true } },
            },
          },
        },
      },
      signatures: { select: { party: true, contentHash: true } },
    },
  });
}

type LockedVersion = Awaited<ReturnType<typeof lockVersion>>;

/** Refuses an answer (approval, rejection) to a version that is no longer the one the party read. */
export function requireAnswerable(version: { state: VersionState; contentHash: string }, seenHash: string): void {
  const answerable = checkAnswerable(version, seenHash);
  if (!answerable.ok) throw new AppError("refused", answerable.reason);
}

/** Moves a version through the state machine of `lib/domain/learning-agreement/versions.ts`, the only way its state changes. */
export async function moveVersion(
  tx: Tx,
  version: { id: string; state: VersionState },
  event: VersionEvent,
  data: Prisma.LearningAgreementVersionUpdateInput = {},
): Promise<void> {
  const move = versionMove(version.state, event);
  if (!move.ok) throw new AppError("refused", move.reason);
  await tx.learningAgreementVersion.update({ where: { id: version.id }, data: { ...data, state: move.to } });
}

/** Records a party's signature; the version is agreed once the three have signed its exact text. */
export async function addSignature(
  tx: Tx,
  version: LockedVersion,
  party: Party,
  seenHash: string,
  signer: { name: string; position: string; email: string; userId?: string; app?: string },
): Promise<boolean> {
  const check = checkSignature({ state: version.state, contentHash: version.contentHash }, party, seenHash, version.signatures);
  if (!check.ok) throw new AppError("refused", check.reason);
  await tx.learningAgreementSignature.create({
    data: {
      versionId: version.id,
      party,
      signerName: signer.name,
      signerPosition: signer.position,
      signerEmail: signer.email,
      // The software the signer used: this portal, or the partner's own system through EWP.
      signerApp: signer.app ?? "erasmus-portal",
      contentHash: version.contentHash,
      userId: signer.userId,
    },
  });
  await recordAudit(tx, {
    actorId: signer.userId ?? null,
    action: "learning_agreement.signed",
    entityType: "OutgoingApplication",
    entityId: version.agreement.applicationId,
    toState: `v${version.number}:${party}`,
    reason: `${signer.name} <${signer.email}> sha256:${version.contentHash}`,
  });
  const agreed = isAgreed(version.contentHash, [...version.signatures, { party, contentHash: version.contentHash }]);
  if (agreed) await moveVersion(tx, version, "agree", { agreedAt: new Date() });
  return agreed;
}

/** A party refuses the version it read, with a comment the student reads; its open host links stop working. */
export async function rejectVersion(
  tx: Tx,
  version: LockedVersion,
  rejection: { party: Party; seenHash: string; authorName: string; comment: string; actorId: string | null },
): Promise<void> {
  requireAnswerable(version, rejection.seenHash);
  await moveVersion(tx, version, "reject");
  await tx.learningAgreementRejection.create({
    data: { versionId: version.id, party: rejection.party, authorName: rejection.authorName, comment: rejection.comment },
  });
  await tx.hostSigningInvitation.updateMany({ where: { versionId: version.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  await recordAudit(tx, {
    actorId: rejection.actorId,
    action: "learning_agreement.rejected",
    entityType: "OutgoingApplication",
    entityId: version.agreement.applicationId,
    toState: `v${version.number}:${rejection.party}`,
    reason: rejection.comment,
  });
  const student = version.agreement.application.student;
  await notify(tx, student, "agreementRejected", { name: student.name, number: version.number, comment: rejection.comment, author: rejection.authorName });
}

/** E-mails the chosen host recipient a single-use signing link for the version; any link still open stops working. */
export async function inviteHost(tx: Tx, version: LockedVersion, recipient: HostRecipient): Promise<void> {
  const { token, tokenHash } = newLinkToken();
  await tx.hostSigningInvitation.updateMany({ where: { agreementId: version.agreementId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.hostSigningInvitation.create({
    data: {
      agreementId: version.agreementId,
      versionId: version.id,
      tokenHash,
      email: recipient.email,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    },
  });
  await notify(tx, recipient, "agreementHostInvitation", {
    name: recipient.name,
    student: displayName(version.agreement.application, version.agreement.application.student.name),
    link: `${env().NEXTAUTH_URL ?? ""}/la/sign/${token}?lang=${recipient.locale}`,
    days: INVITATION_DAYS,
  });
}

/** The version, locked, when the caller may sign it for the home institution. */
export async function sendingVersion(tx: Tx, user: CurrentUser, versionId: string): Promise<LockedVersion> {
  const scope = sendingSignerApplications(user);
  if (!scope) throw new AppError("forbidden");
  const visible = await tx.learningAgreementVersion.findFirst({ where: { id: versionId, agreement: { application: scope } }, select: { id: true } });
  if (!visible) throw new AppError("not_found");
  return lockVersion(tx, versionId);
}
