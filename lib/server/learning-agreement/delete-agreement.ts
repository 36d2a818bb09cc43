import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { ownApplication } from "./student-agreement";

/** An agreement can be deleted only while no version has been signed by all three parties. */
export async function deleteAgreement(user: CurrentUser, { applicationId }: { applicationId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await ownApplication(tx, user, applicationId);
    const agreement = await tx.learningAgreement.findUnique({
      where: { applicationId },
      select: { id: true, versions: { where: { state: "AGREED" }, select: { id: true } } },
    });
    if (!agreement) throw new AppError("not_found");
    if (agreement.versions.length > 0) throw new AppError("refused", "agreement_already_agreed");
    await tx.learningAgreement.delete({ where: { id: agreement.id } });
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.deleted", entityType: "OutgoingApplication", entityId: applicationId });
  });
}
