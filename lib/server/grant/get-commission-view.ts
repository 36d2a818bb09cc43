import "server-only";
import { pendingAmendment } from "./pending-amendment";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { Award } from "@/lib/domain/grant/ranking";
import { grantSettingsOf } from "./settings";
import { canRead, computeRanking, loadRound, type CommissionView } from "./commission-ranking";

/** The round's ranking as the commission and the office read it: computed live until publication, then the frozen decisions. */
export async function getCommissionView(user: CurrentUser, roundId: string): Promise<CommissionView> {
  if (!canRead(user)) throw new AppError("forbidden");
  const round = await loadRound(db, roundId);
  const settings = grantSettingsOf(round);
  const ranking = await computeRanking(db, roundId, settings);
  const { rows, remaining } = ranking;
  if (settings.publishedAt) {
    const decisions = new Map((await db.grantDecision.findMany({ where: { application: { roundId } } })).map((d) => [d.applicationId, d]));
    const frozen = rows
      .filter((r) => decisions.has(r.id))
      .map((r) => {
        const d = decisions.get(r.id)!;
        return {
          ...r,
          rank: d.rank,
          score: d.score,
          award: { id: r.id, awarded: d.awarded, amount: d.amount.toNumber(), reason: d.reason as Award["reason"] },
        };
      })
      .sort((a, b) => a.rank - b.rank);
    const spent = frozen.reduce((sum, r) => sum + r.award.amount, 0);
    const pending = await pendingAmendment(db, roundId, settings, ranking);
    const amendments = await db.grantAmendment.findMany({
      where: { roundId },
      orderBy: { publishedAt: "asc" },
      select: { id: true, publishedAt: true, freed: true, awarded: true, publishedBy: { select: { name: true } } },
    });
    return {
      round: { id: round.id, name: round.name },
      settings,
      rows: frozen,
      remaining: Math.round((settings.budget - spent) * 100) / 100,
      published: true,
      amendment: { freed: pending.freed, awards: pending.awards.map(({ id, name, amount }) => ({ id, name, amount })) },
      amendments: amendments.map((a) => ({
        id: a.id,
        publishedAt: a.publishedAt,
        by: a.publishedBy.name,
        freed: a.freed.toNumber(),
        count: (a.awarded as unknown[]).length,
      })),
      can: { edit: false, amend: user.role === "GRANT_COMMISSION" },
    };
  }
  return {
    round: { id: round.id, name: round.name },
    settings,
    rows,
    remaining,
    published: false,
    amendment: null,
    amendments: [],
    can: { edit: user.role === "GRANT_COMMISSION", amend: false },
  };
}
