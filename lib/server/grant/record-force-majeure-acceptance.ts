import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { owedFor } from "./withdrawal";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

/** The international office records the national agency's written acceptance of a force majeure; what is owed is computed again. */
export async function recordForceMajeureAcceptance(user: CurrentUser, { applicationId }: { applicationId: string }, now = new Date()): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const withdrawal = await tx.withdrawal.findUnique({
      where: { applicationId },
      include: {
        application: {
          select: {
            grantDecision: { select: { awarded: true, amount: true } },
            choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, startDate: true, endDate: true } },
            placeOffers: HELD_PLACE_SELECT,
          },
        },
      },
    });
    if (!withdrawal) throw new AppError("not_found");
    if (!withdrawal.forceMajeureReported) throw new AppError("refused", "no_force_majeure");
    if (!withdrawal.evidenceFileId) throw new AppError("refused", "no_force_majeure_evidence");
    const awarded = withdrawal.application.grantDecision?.awarded ? withdrawal.application.grantDecision.amount.toNumber() : 0;
    const owed = owedFor(
      withdrawal.amountReceived.toNumber(),
      awarded,
      mobilityChoice(withdrawal.application.choices, withdrawal.application.placeOffers),
      withdrawal.returnDate,
      true,
    );
    await tx.withdrawal.update({ where: { id: withdrawal.id }, data: { agencyAcceptedAt: now, amountOwed: owed } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "withdrawal.force_majeure_accepted",
      entityType: "OutgoingApplication",
      entityId: applicationId,
      reason: `owed ${owed.toFixed(2)} €`,
    });
  });
}
