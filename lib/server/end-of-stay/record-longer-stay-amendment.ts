import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { assertHomeCoordinator } from "./staff-application";
import { SETTLEMENT_SELECT, settlementOf } from "./settlement";

/** The coordinator records the amendment that pays a stay longer than contracted; refused when the confirmed stay is not longer. */
export async function recordLongerStayAmendment(user: CurrentUser, { applicationId }: { applicationId: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertHomeCoordinator(tx, user, applicationId);
    await tx.$queryRaw`SELECT id FROM "OutgoingApplication" WHERE id = ${applicationId} FOR UPDATE`;
    const application = await tx.outgoingApplication.findUniqueOrThrow({
      where: { id: applicationId },
      select: { ...SETTLEMENT_SELECT, grantDecision: { select: { awarded: true, amount: true } } },
    });
    const settlement = application.grantDecision?.awarded ? settlementOf(application, application.grantDecision.amount.toNumber()) : null;
    const longer = settlement?.final?.basis === "longer_not_amended";
    if (!longer) throw new AppError("refused", "not_longer_stay");
    await tx.outgoingApplication.update({ where: { id: applicationId }, data: { longerStayAmendedAt: new Date(), longerStayAmendedById: user.id } });
    await recordAudit(tx, { actorId: user.id, action: "end_of_stay.longer_stay_amended", entityType: "OutgoingApplication", entityId: applicationId });
  });
}
