import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { requireAnswerable, sendingVersion } from "./signing";

/**
 * Where the round requires it, the international office approves a proposed
 * version before the departmental coordinator signs for the home institution.
 */
export async function approveAsInternationalOffice(user: CurrentUser, { versionId, seenHash }: { versionId: string; seenHash: string }): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    requireAnswerable(version, seenHash);
    await tx.learningAgreementVersion.update({ where: { id: version.id }, data: { officeApprovedAt: new Date(), officeApprovedById: user.id } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "learning_agreement.office_approved",
      entityType: "OutgoingApplication",
      entityId: version.agreement.applicationId,
      toState: `v${version.number}`,
    });
  });
}
