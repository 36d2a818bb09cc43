import "server-only";
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { ZRankAdjustment } from "@/lib/validation/selection";
import type { ManualAdjustment } from "@/lib/domain/allocation/ranking";
import { loadSelection, lockRound } from "./selection-state";

/** The international office moves a candidate to a position in the ranking, with the reason, which the ranking shows and the audit keeps. */
export async function adjustRank(user: CurrentUser, input: z.output<typeof ZRankAdjustment>): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    await lockRound(tx, input.roundId);
    const { round, applications } = await loadSelection(tx, input.roundId);
    if (round.confirmed) throw new AppError("refused", "allocation_confirmed");
    if (!applications.has(input.applicationId)) throw new AppError("not_found");
    const adjustment: ManualAdjustment = { candidateId: input.applicationId, position: input.position, reason: input.reason };
    await tx.applicationRound.update({ where: { id: input.roundId }, data: { rankAdjustments: [...round.adjustments, adjustment] } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "allocation.rank_adjusted",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: `position ${input.position}`,
      reason: input.reason,
    });
  });
}
