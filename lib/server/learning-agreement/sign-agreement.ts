import "server-only";
import { displayName } from "@/lib/domain/people";
import { createHash, randomBytes } from "node:crypto";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { env } from "@/lib/server/env";
import { checkSignature, isAgreed, type Party } from "@/lib/domain/learning-agreement/signatures";
import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { sendingSignerApplications } from "./access";
import { publishAgreedVersion } from "./publish-agreed";

type Tx = Prisma.TransactionClient;

export const INVITATION_DAYS = 14;

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

async function lockVersion(tx: Tx, versionId: string) {
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

async function addSignature(tx: Tx, version: LockedVersion, party: Party, seenHash: string, signer: { name: string; position: string; email: string; userId?: string }): Promise<boolean> {
  const check = checkSignature({ state: version.state, contentHash: version.contentHash }, party, seenHash, version.signatures);
  if (!check.ok) throw new AppError("refused", check.reason);
  await tx.learningAgreementSignature.create({
    data: { versionId: version.id, party, signerName: signer.name, signerPosition: signer.position, signerEmail: signer.email, signerApp: "erasmus-portal", contentHash: version.contentHash, userId: signer.userId },
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
  if (agreed) await tx.learningAgreementVersion.update({ where: { id: version.id }, data: { state: "AGREED", agreedAt: new Date() } });
  return agreed;
}

function studentName(version: LockedVersion): string {
  return displayName(version.agreement.application, version.agreement.application.student.name);
}

async function inviteHost(tx: Tx, version: LockedVersion, locale: "fr" | "en"): Promise<void> {
  const content = version.content as unknown as LearningAgreementContent;
  const token = randomBytes(32).toString("base64url");
  await tx.hostSigningInvitation.updateMany({ where: { agreementId: version.agreementId, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  await tx.hostSigningInvitation.create({
    data: {
      agreementId: version.agreementId,
      versionId: version.id,
      tokenHash: hashToken(token),
      email: content.mobility.receivingContact.email,
      expiresAt: new Date(Date.now() + INVITATION_DAYS * 86_400_000),
    },
  });
  await notify(tx, { email: content.mobility.receivingContact.email, locale }, "agreementHostInvitation", {
    name: content.mobility.receivingContact.name,
    student: studentName(version),
    link: `${env().NEXTAUTH_URL ?? ""}/la/sign/${token}`,
    days: INVITATION_DAYS,
  });
}

async function sendingVersion(tx: Tx, user: CurrentUser, versionId: string) {
  const scope = sendingSignerApplications(user);
  if (!scope) throw new AppError("forbidden");
  const visible = await tx.learningAgreementVersion.findFirst({ where: { id: versionId, agreement: { application: scope } }, select: { id: true } });
  if (!visible) throw new AppError("not_found");
  return lockVersion(tx, versionId);
}

/**
 * Where the round requires it, the international office approves a proposed
 * version before the departmental coordinator signs for the home institution.
 */
export async function approveAsInternationalOffice(user: CurrentUser, versionId: string, seenHash: string): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    if (version.state !== "PROPOSED" || version.contentHash !== seenHash) throw new AppError("refused", "stale_version");
    await tx.learningAgreementVersion.update({ where: { id: version.id }, data: { officeApprovedAt: new Date(), officeApprovedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.office_approved", entityType: "OutgoingApplication", entityId: version.agreement.applicationId, toState: `v${version.number}` });
  });
}

/** The home coordinator signs; this invites the host's coordinator by e-mail. */
export async function signAsSendingInstitution(user: CurrentUser, versionId: string, seenHash: string): Promise<void> {
  const agreed = await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    // The office's own signature is its approval.
    if (version.agreement.application.round.learningAgreementNeedsOfficeApproval && user.role !== "INTERNATIONAL_OFFICE" && !version.officeApprovedAt) {
      throw new AppError("refused", "office_approval_required");
    }
    const signer = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true, locale: true } });
    const position = user.role === "INTERNATIONAL_OFFICE" ? "Institutional coordinator" : "Departmental ECTS coordinator";
    const done = await addSignature(tx, version, "SENDING", seenHash, { name: signer.name, position, email: signer.email, userId: user.id });
    if (!done && !version.signatures.some((s) => s.party === "RECEIVING" && s.contentHash === version.contentHash)) await inviteHost(tx, version, signer.locale);
    return done;
  });
  deliverSoon();
  if (agreed) await publishAgreedVersion(versionId);
}

async function rejectVersion(tx: Tx, version: LockedVersion, party: Party, seenHash: string, authorName: string, comment: string, actorId: string | null) {
  if (version.state !== "PROPOSED" || version.contentHash !== seenHash) throw new AppError("refused", "stale_version");
  await tx.learningAgreementVersion.update({ where: { id: version.id }, data: { state: "REJECTED" } });
  await tx.learningAgreementRejection.create({ data: { versionId: version.id, party, authorName, comment } });
  await tx.hostSigningInvitation.updateMany({ where: { versionId: version.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  await recordAudit(tx, { actorId, action: "learning_agreement.rejected", entityType: "OutgoingApplication", entityId: version.agreement.applicationId, toState: `v${version.number}:${party}`, reason: comment });
  const student = version.agreement.application.student;
  await notify(tx, student, "agreementRejected", { name: student.name, number: version.number, comment, author: authorName });
}

/** The home coordinator rejects with a comment; earlier agreed versions keep their signatures. */
export async function rejectAsSendingInstitution(user: CurrentUser, versionId: string, seenHash: string, comment: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    const author = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    await rejectVersion(tx, version, "SENDING", seenHash, author.name, comment, user.id);
  });
  deliverSoon();
}

/** The invitation behind a host link, if it may still be used; the version it is for. */
export async function openInvitation(token: string, now = new Date()) {
  const invitation = await db.hostSigningInvitation.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!invitation) return { ok: false as const, reason: "invalid" as const };
  if (invitation.revokedAt) return { ok: false as const, reason: "revoked" as const };
  if (invitation.usedAt) return { ok: false as const, reason: "used" as const };
  if (invitation.expiresAt <= now) return { ok: false as const, reason: "expired" as const };
  return { ok: true as const, invitation };
}

async function usableInvitation(tx: Tx, token: string) {
  const opened = await openInvitation(token);
  if (!opened.ok) throw new AppError("refused", `invitation_${opened.reason}`);
  return opened.invitation;
}

/** The host coordinator signs through the e-mailed link; the link then stops working. */
export async function signAsReceivingInstitution(token: string, seenHash: string, signerName: string, signerPosition: string): Promise<void> {
  const { agreed, versionId } = await db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, token);
    const version = await lockVersion(tx, invitation.versionId);
    const done = await addSignature(tx, version, "RECEIVING", seenHash, { name: signerName, position: signerPosition, email: invitation.email });
    await tx.hostSigningInvitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
    return { agreed: done, versionId: version.id };
  });
  if (agreed) await publishAgreedVersion(versionId);
}

export async function rejectAsReceivingInstitution(token: string, seenHash: string, signerName: string, comment: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const invitation = await usableInvitation(tx, token);
    const version = await lockVersion(tx, invitation.versionId);
    await rejectVersion(tx, version, "RECEIVING", seenHash, signerName, comment, null);
    await tx.hostSigningInvitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
  });
  deliverSoon();
}

/**
 * The home coordinator sends the host a new link, once the previous one was
 * withdrawn or expired; any link still open stops working.
 */
export async function reinviteHost(user: CurrentUser, versionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    const signedBy = (party: Party) => version.signatures.some((s) => s.party === party && s.contentHash === version.contentHash);
    if (version.state !== "PROPOSED" || !signedBy("SENDING") || signedBy("RECEIVING")) throw new AppError("refused", "stale_version");
    const locale = (await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { locale: true } })).locale;
    await inviteHost(tx, version, locale);
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.host_reinvited", entityType: "OutgoingApplication", entityId: version.agreement.applicationId, toState: `v${version.number}` });
  });
  deliverSoon();
}

/** The home coordinator withdraws a host link, for example sent to the wrong address. */
export async function revokeInvitation(user: CurrentUser, invitationId: string): Promise<void> {
  const scope = sendingSignerApplications(user);
  if (!scope) throw new AppError("forbidden");
  const revoked = await db.hostSigningInvitation.updateMany({
    where: { id: invitationId, revokedAt: null, usedAt: null, agreement: { application: scope } },
    data: { revokedAt: new Date() },
  });
  if (revoked.count !== 1) throw new AppError("not_found");
}
