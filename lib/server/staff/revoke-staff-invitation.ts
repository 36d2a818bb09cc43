import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";

/** The administrator withdraws an invitation not yet accepted; its link stops working. */
export async function revokeStaffInvitation(user: CurrentUser, { invitationId }: { invitationId: string }): Promise<void> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const revoked = await tx.staffInvitation.updateMany({ where: { id: invitationId, acceptedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
    if (revoked.count !== 1) throw new AppError("not_found");
    await recordAudit(tx, { actorId: user.id, action: "staff.invitation_revoked", entityType: "StaffInvitation", entityId: invitationId });
  });
}
