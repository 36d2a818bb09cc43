import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";

/** Administrators extend a round's eligible nationalities; the change is audited. */
export async function updateRoundNationalities(user: CurrentUser, roundId: string, nationalities: string[]): Promise<void> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const round = await tx.applicationRound.findUnique({
      where: { id: roundId },
      select: { additionalEligibleNationalities: true },
    });
    if (!round) throw new AppError("not_found");
    const next = [...new Set(nationalities)].sort();
    await tx.applicationRound.update({ where: { id: roundId }, data: { additionalEligibleNationalities: next } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.eligible_nationalities_changed",
      entityType: "ApplicationRound",
      entityId: roundId,
      fromState: round.additionalEligibleNationalities.join(",") || null,
      toState: next.join(",") || null,
    });
  });
}
