import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { loadRound, requireCommission } from "./commission-ranking";
import { grantSettingsOf } from "./settings";
import { pendingAmendment } from "./pending-amendment";

/**
 * The commission publishes an amendment: the budget withdrawals freed is
 * awarded down the published ranking, each new grant holder's decision says
 * so and they are e-mailed; the amendment is dated and audited. Refused
 * before publication and when nothing would be awarded.
 */
export async function publishAmendment(user: CurrentUser, { roundId }: { roundId: string }, now = new Date()): Promise<{ awarded: number }> {
  requireCommission(user);
  const outcome = await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApplicationRound" WHERE id = ${roundId} FOR UPDATE`;
    const settings = grantSettingsOf(await loadRound(tx, roundId));
    if (!settings.publishedAt) throw new AppError("refused", "grants_not_published");
    const pending = await pendingAmendment(tx, roundId, settings);
    if (pending.awards.length === 0) throw new AppError("refused", "no_amendment");
    for (const award of pending.awards) {
      await tx.grantDecision.update({
        where: { applicationId: award.id },
        data: { awarded: true, reason: "awarded_by_amendment", amount: award.amount, amountLines: award.lines as unknown as Prisma.InputJsonValue },
      });
      await notify(tx, award.student, "grantAwardedByAmendment", { name: award.student.name, amount: award.amount });
    }
    const amendment = await tx.grantAmendment.create({
      data: {
        roundId,
        publishedAt: now,
        publishedById: user.id,
        freed: pending.freed,
        awarded: pending.awards.map((a) => ({ applicationId: a.id, amount: a.amount })),
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "grants.amended",
      entityType: "ApplicationRound",
      entityId: roundId,
      toState: `${pending.awards.length} awarded from ${pending.freed.toFixed(2)} € freed`,
      reason: amendment.id,
    });
    return { awarded: pending.awards.length };
  });
  deliverSoon();
  return outcome;
}
