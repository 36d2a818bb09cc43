import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { hashPassword } from "@/lib/server/auth/password";
import { weakPasswordReason } from "@/lib/server/auth/password-policy";
import type { StaffRole } from "@/lib/domain/staff";
import { openStaffInvitation } from "./staff-invitation-link";

/**
 * The invited person chooses a password: the account is created with the
 * role and scope the administrator gave, and the link stops working. Two
 * tabs accepting at once: the invitation row is locked, the second is told
 * the link was used.
 */
export async function acceptStaffInvitation({ token, password }: { token: string; password: string }): Promise<{ email: string; role: StaffRole }> {
  const weak = weakPasswordReason(password);
  if (weak) throw new AppError("invalid", undefined, { password: weak });
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const found = await openStaffInvitation(token, tx);
      if (!found.ok) throw new AppError("refused", found.refusal);
      const { invitation } = found;
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
          role: invitation.role,
          departmentId: invitation.departmentId,
          partnerInstitutionId: invitation.partnerInstitutionId,
          locale: invitation.locale,
          passwordHash,
        },
        select: { id: true, email: true },
      });
      await recordAudit(tx, { actorId: user.id, action: "staff.joined", entityType: "User", entityId: user.id, toState: invitation.role });
      return { email: user.email, role: invitation.role as StaffRole };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("invalid", undefined, { password: V.accountExists });
    throw error;
  }
}
