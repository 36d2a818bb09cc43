import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit";
import { PROGRAMME_PRESET, SEED_PRESET } from "@/lib/domain/grant/rate-table";
import type { TGrantSettings } from "@/lib/validation/grants";
import { grantSettingsOf } from "./settings";
import { loadRound, refuseIfPublished, requireCommission } from "./commission-ranking";

/** Only the commission changes the weights, order, budget and rate table, and only before publication. */
export async function updateGrantSettings(user: CurrentUser, input: TGrantSettings): Promise<void> {
  const { roundId } = input;
  requireCommission(user);
  await db.$transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    refuseIfPublished(grantSettingsOf(round));
    const rateTable = input.preset === "seed" ? { ...SEED_PRESET, monthlyRate: input.monthlyRate } : PROGRAMME_PRESET;
    await tx.applicationRound.update({
      where: { id: roundId },
      data: {
        grantBudget: input.budget,
        grantWeights: input.weights,
        grantTieBreaks: input.tieBreaks,
        grantRateTable: rateTable as unknown as Prisma.InputJsonValue,
        grantPublicationDate: input.publicationDate ? new Date(`${input.publicationDate}T12:00:00Z`) : null,
        finalGrantToleranceDays: input.toleranceDays,
        minimumStayMonths: input.minimumStayMonths,
        prefinancingPercent: input.prefinancingPercent,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "grants.settings_changed",
      entityType: "ApplicationRound",
      entityId: roundId,
      toState: JSON.stringify({
        budget: input.budget,
        weights: input.weights,
        preset: input.preset,
        toleranceDays: input.toleranceDays,
        minimumStayMonths: input.minimumStayMonths,
        prefinancingPercent: input.prefinancingPercent,
      }),
    });
  });
}
