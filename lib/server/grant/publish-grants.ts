import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { grantSettingsOf } from "./settings";
import { computeRanking, loadRound, refuseIfPublished, requireCommission } from "./commission-ranking";

/**
 * Freezes the ranking as published decisions and tells each candidate. After
 * this nothing in the round's grants can change.
 */
export async function publishGrants(user: CurrentUser, { roundId }: { roundId: string }, now = new Date()): Promise<void> {
  requireCommission(user);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApplicationRound" WHERE id = ${roundId} FOR UPDATE`;
    const round = await loadRound(tx, roundId);
    const settings = grantSettingsOf(round);
    refuseIfPublished(settings);
    const { rows, students } = await computeRanking(tx, roundId, settings);
    for (const row of rows) {
      await tx.grantDecision.create({
        data: {
          applicationId: row.id,
          rank: row.rank,
          score: row.score,
          breakdown: row.breakdown,
          awarded: row.award.awarded,
          reason: row.ineligibleReason ?? row.award.reason,
          amount: row.award.amount,
          amountLines: (row.award.awarded ? row.amountLines : []) as unknown as Prisma.InputJsonValue,
          publishedAt: now,
        },
      });
      const student = students.get(row.id)!;
      await notify(tx, student, row.award.awarded ? "grantAwarded" : "grantNotAwarded", { name: student.name, amount: row.award.amount, rank: row.rank });
    }
    await tx.applicationRound.update({ where: { id: roundId }, data: { grantsPublishedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "grants.published", entityType: "ApplicationRound", entityId: roundId, toState: String(rows.length) });
  });
  deliverSoon();
}
