import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { newLinkToken } from "@/lib/server/crypto/link-token";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { env } from "@/lib/server/env";
import type { StaffRole } from "@/lib/domain/staff";
import { staffScope } from "./staff-scope";
import type { Locale } from "@/lib/i18n/locales";

/** How long an invitation link works. */
export const STAFF_INVITATION_DAYS = 7;

type Invitation = { name: string; email: string; role: StaffRole; departmentId: string; partnerInstitutionId: string; locale: Locale };

/**
 * Creates an invitation and its single-use link, closing any earlier one to
 * the same address. Shared by the administrator's screen and the command
 * that creates the first administrator (`invitedById` null).
 */
export async function createStaffInvitation(
  tx: Prisma.TransactionClient,
  input: Invitation,
  invitedById: string | null,
): Promise<{ id: string; token: string }> {
  if (await tx.user.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new AppError("invalid", undefined, { email: V.accountExists });
  }
  const scope = await staffScope(tx, input.role, input);
  await tx.staffInvitation.updateMany({ where: { email: input.email, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
  const { token, tokenHash } = newLinkToken();
  const invitation = await tx.staffInvitation.create({
    data: {
      email: input.email,
      name: input.name,
      role: input.role,
      ...scope,
      locale: input.locale,
      tokenHash,
      invitedById,
      expiresAt: new Date(Date.now() + STAFF_INVITATION_DAYS * 86_400_000),
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: invitedById,
    action: "staff.invited",
    entityType: "StaffInvitation",
    entityId: invitation.id,
    toState: input.role,
    reason: input.email,
  });
  return { id: invitation.id, token };
}

/** Where the invited person opens their account. */
export function staffInvitationLink(portalUrl: string, token: string): string {
  return `${portalUrl}/invitation/${token}`;
}

/** The administrator invites a staff member by e-mail; the link goes to the address the administrator typed, in the language they chose. */
export async function inviteStaff(user: CurrentUser, input: Invitation): Promise<{ id: string }> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const created = await db.$transaction(async (tx) => {
    const { id, token } = await createStaffInvitation(tx, input, user.id);
    const link = staffInvitationLink(env().NEXTAUTH_URL ?? "", token);
    await notify(tx, { email: input.email, locale: input.locale }, "staffInvitation", {
      name: input.name,
      inviter: user.name,
      link,
      days: STAFF_INVITATION_DAYS,
    });
    return { id };
  });
  deliverSoon();
  return created;
}
