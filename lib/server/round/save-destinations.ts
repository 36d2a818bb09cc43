import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { lockRound } from "@/lib/server/selection/selection-state";

/**
 * The office sets the partners open in a round and their places, as a
 * whole list, with the version of the list it read. A partner that students already
 * chose in this round cannot be taken out of it.
 */
export async function saveRoundDestinations(
  user: CurrentUser,
  input: { roundId: string; version: number; destinations: Array<{ partnerInstitutionId: string; places: number }> },
): Promise<{ version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const bumped = await tx.applicationRound.updateMany({
      where: { id: input.roundId, destinationsVersion: input.version },
      data: { destinationsVersion: { increment: 1 } },
    });
    if (bumped.count !== 1) throw new AppError((await tx.applicationRound.count({ where: { id: input.roundId } })) ? "conflict" : "not_found");
    const kept = input.destinations.map((d) => d.partnerInstitutionId);
    if (await tx.destinationChoice.count({ where: { application: { roundId: input.roundId }, partnerInstitutionId: { notIn: kept } } })) {
      throw new AppError("refused", "destination_chosen");
    }
    if ((await tx.partnerInstitution.count({ where: { id: { in: kept } } })) !== kept.length) throw new AppError("not_found");
    // Under the round's lock, so that no place is offered between the check and the write.
    await lockRound(tx, input.roundId);
    const held = await tx.roundDestination.findMany({
      where: { roundId: input.roundId, placesHeld: { gt: 0 } },
      select: { partnerInstitutionId: true, placesHeld: true },
    });
    for (const destination of held) {
      const places = input.destinations.find((d) => d.partnerInstitutionId === destination.partnerInstitutionId)?.places ?? 0;
      if (places < destination.placesHeld) throw new AppError("refused", "places_below_held");
    }
    await tx.roundDestination.deleteMany({ where: { roundId: input.roundId, partnerInstitutionId: { notIn: kept } } });
    for (const { partnerInstitutionId, places } of input.destinations) {
      await tx.roundDestination.upsert({
        where: { roundId_partnerInstitutionId: { roundId: input.roundId, partnerInstitutionId } },
        create: { roundId: input.roundId, partnerInstitutionId, places },
        update: { places },
      });
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.destinations_changed",
      entityType: "ApplicationRound",
      entityId: input.roundId,
      toState: input.destinations.map((d) => `${d.partnerInstitutionId}:${d.places}`).join(",") || null,
    });
    return { version: input.version + 1 };
  });
}
