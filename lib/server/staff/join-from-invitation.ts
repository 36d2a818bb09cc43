import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { StaffRole } from "@/lib/domain/staff";

type OpenInvitation = {
  id: string;
  email: string;
  name: string;
  role: string;
  departmentId: string | null;
  partnerInstitutionId: string | null;
  locale: "fr" | "en";
};

/**
 * Creates the account an invitation describes, with the role and scope the
 * administrator gave, and closes the invitation: by the person's chosen
 * password, or at their first sign-in through the institution. The
 * invitation row is locked, so of two tabs the second is told it was used.
 */
export async function joinFromInvitation(
  tx: Prisma.TransactionClient,
  invitation: OpenInvitation,
  account: { passwordHash: string; institutionSubject?: string },
): Promise<{ id: string; email: string; role: StaffRole; sessionVersion: number; name: string }> {
  await tx.$queryRaw`SELECT id FROM "StaffInvitation" WHERE id = ${invitation.id} FOR UPDATE`;
  const claimed = await tx.staffInvitation.updateMany({
    where: { id: invitation.id, acceptedAt: null, revokedAt: null },
    data: { acceptedAt: new Date() },
  });
  if (claimed.count !== 1) throw new AppError("refused", "invitation_used");
  const user = await tx.user.create({
    data: {
      email: invitation.email,
      name: invitation.name,
      role: invitation.role as StaffRole,
      departmentId: invitation.departmentId,
      partnerInstitutionId: invitation.partnerInstitutionId,
      locale: invitation.locale,
      ...account,
    },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  await recordAudit(tx, { actorId: user.id, action: "staff.joined", entityType: "User", entityId: user.id, toState: invitation.role });
  return { ...user, role: invitation.role as StaffRole };
}
