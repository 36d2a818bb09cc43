import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { explainAllocation } from "@/lib/domain/allocation/explain";
import { offerPool } from "@/lib/domain/allocation/place-pools";
import { loadSelection } from "./selection-state";
import { liveAllocation } from "./live-allocation";

/**
 * What the student is told about their place once the allocation is
 * confirmed: the place offered or accepted (with the day to answer by),
 * and for each destination they wanted more, the rank it was last given to
 * and their position on its waiting list. Never another student's name.
 * Null before the confirmation, or when they were not ranked.
 */
export async function getStudentPlace(user: CurrentUser, applicationId: string) {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  const application = await db.outgoingApplication.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: { roundId: true, selectionRank: true, status: true },
  });
  if (!application || application.selectionRank === null) return null;
  const state = await loadSelection(db, application.roundId);
  if (!state.round.confirmed) return null;
  const own = state.applications.get(applicationId)!;
  const held = own.placeOffers[0] ?? null;
  const name = (pool: string) => state.pools.get(pool)!.name;
  const inRound = ["SELECTED", "WAITING_LIST"].includes(application.status);
  const explanation = inRound ? explainAllocation(state.input, liveAllocation(state.input, state.applications), applicationId) : null;
  return {
    rank: application.selectionRank,
    offer: held ? { destination: name(offerPool(held)), state: held.state, answerBy: held.answerBy } : null,
    fullerChoices: (explanation?.fullerChoices ?? []).map((c) => ({
      destination: name(c.destination),
      cutoffRank: c.cutoffRank,
      waitingPosition: c.waitingPosition,
    })),
  };
}
export type StudentPlace = NonNullable<Awaited<ReturnType<typeof getStudentPlace>>>;
