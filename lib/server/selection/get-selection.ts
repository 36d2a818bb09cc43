import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { reviewableApplications } from "@/lib/server/application/access";
import { loadSelection } from "./selection-state";
import { liveAllocation } from "./live-allocation";

/**
 * A round's selection for the page: the ranking with each criterion, the
 * proposal (or, once confirmed, the places as they stand) per candidate and
 * per destination. The international office sees every candidate; a
 * departmental coordinator sees their department's, to mark them.
 */
export async function getSelection(user: CurrentUser, roundId: string) {
  const scope = reviewableApplications(user);
  if (!scope || !["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"].includes(user.role)) throw new AppError("forbidden");
  const state = await loadSelection(db, roundId);
  const visible = new Set((await db.outgoingApplication.findMany({ where: { AND: [{ roundId }, scope] }, select: { id: true } })).map((a) => a.id));
  const allocation = state.proposal?.result ?? liveAllocation(state.input, state.applications);
  const poolName = (id: string) => state.pools.get(id)?.name ?? id;
  const choicesOf = new Map(state.input.candidates.map((c) => [c.id, c.choices]));
  const placesOf = new Map(state.input.destinations.map((d) => [d.id, d.places]));
  const candidates = state.ranking
    .filter((r) => visible.has(r.id))
    .map((r) => {
      const a = state.applications.get(r.id)!;
      const held = a.placeOffers[0];
      return {
        id: r.id,
        rank: r.rank,
        name: [a.firstName, a.lastName].filter(Boolean).join(" ") || a.student.name,
        programme: a.programme?.name ?? "",
        status: a.status,
        gradeAverage: a.gradeAverage === null ? null : Number(a.gradeAverage),
        motivationMark: a.motivationMark === null ? null : Number(a.motivationMark),
        previousErasmusStay: a.previousErasmusStay,
        score: r.score,
        adjustment: r.adjustment,
        choices: choicesOf.get(r.id)!.map(poolName),
        assigned: allocation.assigned[r.id] ? poolName(allocation.assigned[r.id]!) : null,
        offer: held ? { state: held.state, answerBy: held.answerBy } : null,
        waiting: Object.entries(allocation.waiting)
          .filter(([, ids]) => ids.includes(r.id))
          .map(([d, ids]) => ({ destination: poolName(d), position: ids.indexOf(r.id) + 1 })),
      };
    });
  const destinations = [...state.pools.values()].map((pool) => {
    const holders = Object.entries(allocation.assigned).filter(([, to]) => to === pool.id);
    return {
      id: pool.id,
      name: pool.name,
      places: placesOf.get(pool.id)!,
      assigned: holders.length,
      free: pool.places - pool.placesHeld,
      waiting: allocation.waiting[pool.id]?.length ?? 0,
      cutoffRank: allocation.cutoffRank[pool.id] ?? null,
    };
  });
  const nominations = await db.nomination.findMany({
    where: { roundId },
    orderBy: { sentAt: "asc" },
    select: {
      id: true,
      sentAt: true,
      recipients: true,
      partnerInstitution: { select: { name: true } },
      sentBy: { select: { name: true } },
      _count: { select: { applications: true } },
    },
  });
  return {
    nominations: nominations.map((n) => ({
      id: n.id,
      partner: n.partnerInstitution.name,
      sentAt: n.sentAt,
      by: n.sentBy.name,
      recipients: n.recipients,
      count: n._count.applications,
    })),
    round: {
      id: state.round.id,
      name: state.round.name,
      confirmedAt: state.round.allocationConfirmedAt,
      weights: state.round.weights,
      tieBreaks: state.round.tieBreaks,
      offerAnswerDays: state.round.offerAnswerDays,
      settingsVersion: state.round.selectionSettingsVersion,
    },
    mayDecide: user.role === "INTERNATIONAL_OFFICE",
    candidates,
    destinations,
    refusedMoves: state.proposal?.refused.length ?? 0,
  };
}
export type SelectionView = Awaited<ReturnType<typeof getSelection>>;
