import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { recordAudit } from "@/lib/server/audit";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { offerPlace } from "./offer-place";
import { HELD } from "./selection-state";

const DAY = 86_400_000;

/**
 * Gives every free place of a round to the best-ranked candidate waiting
 * for it, at once and in the caller's transaction (which holds the round's
 * lock): a candidate without an accepted place is waiting for each
 * destination they listed above the one they hold (all of them when they
 * hold none). Moving up frees the place they held, which goes down its own
 * waiting list in turn, until no free place has anyone waiting for it.
 */
export async function fillFreePlaces(tx: Prisma.TransactionClient, roundId: string, now = new Date()): Promise<number> {
  let offered = 0;
  for (;;) {
    const round = await tx.applicationRound.findUniqueOrThrow({
      where: { id: roundId },
      select: { offerAnswerDays: true, destinations: { select: { partnerInstitutionId: true, places: true, placesHeld: true } } },
    });
    const free = new Map(round.destinations.map((d) => [d.partnerInstitutionId, d.places - d.placesHeld]));
    const candidates = await tx.outgoingApplication.findMany({
      where: { roundId, selectionRank: { not: null }, status: { in: ["SELECTED", "WAITING_LIST"] } },
      orderBy: { selectionRank: "asc" },
      select: {
        id: true,
        status: true,
        version: true,
        student: { select: { name: true, email: true, locale: true } },
        choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true } },
        placeOffers: { where: { state: { in: [...HELD] } }, select: { id: true, state: true, partnerInstitutionId: true } },
      },
    });
    let move: { candidate: (typeof candidates)[number]; to: string } | null = null;
    for (const candidate of candidates) {
      const held = candidate.placeOffers[0];
      if (held?.state === "ACCEPTED") continue;
      const choices = candidate.choices.map((c) => c.partnerInstitutionId);
      const above = held ? choices.slice(0, Math.max(0, choices.indexOf(held.partnerInstitutionId))) : choices;
      const to = above.find((d) => (free.get(d) ?? 0) > 0);
      if (to) {
        move = { candidate, to };
        break;
      }
    }
    if (!move) return offered;
    const { candidate, to } = move;
    const held = candidate.placeOffers[0];
    if (held) {
      await tx.placeOffer.update({ where: { id: held.id }, data: { state: "MOVED_UP", answeredAt: now } });
      await tx.roundDestination.update({
        where: { roundId_partnerInstitutionId: { roundId, partnerInstitutionId: held.partnerInstitutionId } },
        data: { placesHeld: { decrement: 1 } },
      });
    }
    await offerPlace(tx, {
      roundId,
      applicationId: candidate.id,
      partnerInstitutionId: to,
      answerBy: new Date(now.getTime() + round.offerAnswerDays * DAY),
      student: candidate.student,
    });
    await recordAudit(tx, {
      actorId: null,
      action: "place.moved_up",
      entityType: "OutgoingApplication",
      entityId: candidate.id,
      fromState: held?.partnerInstitutionId ?? null,
      toState: to,
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
