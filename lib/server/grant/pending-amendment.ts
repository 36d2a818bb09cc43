import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { db } from "@/lib/server/db/client";
import { amendAwards } from "@/lib/domain/grant/amendment";
import { isActive } from "@/lib/domain/application/status";
import { computeRanking } from "./commission-ranking";
import type { GrantSettings } from "./settings";

/**
 * What an amendment would award now, from the published decisions: the
 * budget the withdrawn holders freed, going down the published ranking to
 * the candidates still in the mobility (their grant as the rate table gives
 * it today). Empty before publication, or when nothing fits.
 */
export async function pendingAmendment(
  tx: Prisma.TransactionClient | typeof db,
  roundId: string,
  settings: GrantSettings,
  /** The round's ranking, when the caller has already computed it. */
  ranking?: Awaited<ReturnType<typeof computeRanking>>,
) {
  const decisions = await tx.grantDecision.findMany({
    where: { application: { roundId } },
    select: { applicationId: true, rank: true, awarded: true, amount: true, application: { select: { status: true } } },
  });
  const { rows, students } = ranking ?? (await computeRanking(tx, roundId, settings));
  const now = new Map(rows.map((r) => [r.id, r]));
  const result = amendAwards(
    decisions.map((d) => {
      const row = now.get(d.applicationId);
      return {
        id: d.applicationId,
        rank: d.rank,
        awarded: d.awarded,
        active: isActive(d.application.status) && row !== undefined,
        grantEligible: row ? row.ineligibleReason === null : false,
        amount: d.awarded ? d.amount.toNumber() : (row?.amount ?? 0),
      };
    }),
    settings.budget,
  );
  return {
    freed: result.freed,
    remaining: result.remaining,
    awards: result.awarded.map((id) => ({
      id,
      name: now.get(id)!.name,
      amount: now.get(id)!.amount,
      lines: now.get(id)!.amountLines,
      student: students.get(id)!,
    })),
  };
}
