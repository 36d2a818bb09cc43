import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { AppError } from "@/lib/server/errors";
import { choicePools, placePools } from "@/lib/domain/allocation/place-pools";
import { offerPlace } from "./offer-place";
import { HELD, lockRound, POOLED_DESTINATION_SELECT } from "./selection-state";

const DAY = 86_400_000;

/**
 * A coordinator selects a student by hand, before the round's allocation:
 * the student is offered a place at their most wanted destination that
 * still has one (in the share of it their programme falls in), in the
 * caller's transaction and under the round's lock, so that a hand-made
 * selection never takes more places than the agreements give. Refused when
 * none of their destinations has a place left.
 */
export async function holdPlaceByHand(
  tx: Prisma.TransactionClient,
  applicationId: string,
  student: { name: string; email: string; locale: "fr" | "en" },
  reason: string | null,
  now = new Date(),
): Promise<void> {
  const application = await tx.outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { roundId: true } });
  await lockRound(tx, application.roundId);
  const [round, own] = await Promise.all([
    tx.applicationRound.findUniqueOrThrow({
      where: { id: application.roundId },
      select: { offerAnswerDays: true, destinations: { select: POOLED_DESTINATION_SELECT } },
    }),
    tx.outgoingApplication.findUniqueOrThrow({
      where: { id: applicationId },
      select: {
        programme: { select: { eqfLevel: true, iscedCode: true } },
        choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true } },
        _count: { select: { placeOffers: { where: { state: { in: [...HELD] } } } } },
      },
    }),
  ]);
  if (own._count.placeOffers > 0) return;
  const pools = new Map(placePools(round.destinations).map((p) => [p.id, p]));
  const destinations = new Map(round.destinations.map((d) => [d.partnerInstitutionId, d]));
  const free = choicePools(
    destinations,
    own.choices.map((c) => c.partnerInstitutionId),
    own.programme,
  )
    .map((id) => pools.get(id)!)
    .find((pool) => pool.places > pool.placesHeld);
  if (!free) throw new AppError("refused", "no_free_place");
  await offerPlace(tx, {
    roundId: application.roundId,
    applicationId,
    partnerInstitutionId: free.partnerInstitutionId,
    quotaId: free.quota?.id ?? null,
    answerBy: new Date(now.getTime() + round.offerAnswerDays * DAY),
    manualReason: reason,
    student,
  });
}
