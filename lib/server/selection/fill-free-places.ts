import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { recordAudit } from "@/lib/server/audit";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { endOffer, offerPlace } from "./offer-place";
import { choicePools, offerPool, placePools, type PlacePool } from "@/lib/domain/allocation/place-pools";
import { HELD, POOLED_DESTINATION_SELECT } from "./selection-state";

const DAY = 86_400_000;

/**
 * Gives every free place of a round to the best-ranked candidate waiting
 * for it, at once and in the caller's transaction (which holds the round's
 * lock): a candidate without an accepted place is waiting for each
 * destination they listed above the one they hold (all of them when they
 * hold none), each to the share of its places their programme falls in
 * when the agreement splits them. Moving up frees the place they held, which goes down its own
 * waiting list in turn, until no free place has anyone waiting for it.
 */
export async function fillFreePlaces(tx: Prisma.TransactionClient, roundId: string, now = new Date()): Promise<number> {
  let offered = 0;
  for (;;) {
    const round = await tx.applicationRound.findUniqueOrThrow({
      where: { id: roundId },
      select: { offerAnswerDays: true, destinations: { select: POOLED_DESTINATION_SELECT } },
    });
    const pools = new Map(placePools(round.destinations).map((p) => [p.id, p]));
    const destinations = new Map(round.destinations.map((d) => [d.partnerInstitutionId, d]));
    const candidates = await tx.outgoingApplication.findMany({
      where: { roundId, selectionRank: { not: null }, status: { in: ["SELECTED", "WAITING_LIST"] } },
      orderBy: { selectionRank: "asc" },
      select: {
        id: true,
        status: true,
        version: true,
        student: { select: { name: true, email: true, locale: true } },
        programme: { select: { eqfLevel: true, iscedCode: true } },
        choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true } },
        placeOffers: { where: { state: { in: [...HELD] } }, select: { id: true, state: true, partnerInstitutionId: true, quotaId: true } },
      },
    });
    let move: { candidate: (typeof candidates)[number]; to: PlacePool } | null = null;
    for (const candidate of candidates) {
      const held = candidate.placeOffers[0];
      if (held?.state === "ACCEPTED") continue;
      const choices = choicePools(
        destinations,
        candidate.choices.map((c) => c.partnerInstitutionId),
        candidate.programme,
      );
      const above = held ? choices.slice(0, Math.max(0, choices.indexOf(offerPool(held)))) : choices;
      const to = above.map((id) => pools.get(id)!).find((pool) => pool.places > pool.placesHeld);
      if (to) {
        move = { candidate, to };
        break;
      }
    }
    if (!move) return offered;
    const { candidate, to } = move;
    const held = candidate.placeOffers[0];
    if (held) await endOffer(tx, { ...held, roundId }, "MOVED_UP", now);
    await offerPlace(tx, {
      roundId,
      applicationId: candidate.id,
      partnerInstitutionId: to.partnerInstitutionId,
      quotaId: to.quota?.id ?? null,
      answerBy: new Date(now.getTime() + round.offerAnswerDays * DAY),
      student: candidate.student,
    });
    await recordAudit(tx, {
      actorId: null,
      action: "place.moved_up",
      entityType: "OutgoingApplication",
      entityId: candidate.id,
      fromState: held ? offerPool(held) : null,
      toState: to.id,
    });
    if (candidate.status === "WAITING_LIST") {
      await transitionApplication(tx, {
        applicationId: candidate.id,
        from: "WAITING_LIST",
        to: "SELECTED",
        expectedVersion: candidate.version,
        actor: "system",
        actorId: null,
        student: candidate.student,
        context: { roundOpen: false, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true },
        quiet: true,
      });
    }
    offered++;
  }
}
