import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { lockRound } from "@/lib/server/selection/selection-state";

type Share = { iscedCode: string; eqfLevels: number[] };
type Destination = { partnerInstitutionId: string; places: number; quotas?: Array<Share & { places: number }> };
const sameShares = (a: Share[], b: Share[]) =>
  a.length === b.length && a.every((q, i) => q.iscedCode === b[i]!.iscedCode && q.eqfLevels.join() === b[i]!.eqfLevels.join());

/**
 * The office sets the partners open in a round and their places, as a
 * whole list, with the version of the list it read. A partner that students already
 * chose in this round cannot be taken out of it. A destination whose
 * agreement splits its places by subject area and level keeps one share
 * each (`PlaceQuota`); none holds fewer places than it has offered.
 */
export async function saveRoundDestinations(
  user: CurrentUser,
  input: { roundId: string; version: number; destinations: Destination[] },
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
      select: {
        partnerInstitutionId: true,
        placesHeld: true,
        quotas: { orderBy: { position: "asc" }, select: { iscedCode: true, eqfLevels: true, placesHeld: true } },
      },
    });
    for (const destination of held) {
      const saved = input.destinations.find((d) => d.partnerInstitutionId === destination.partnerInstitutionId);
      if ((saved?.places ?? 0) < destination.placesHeld) throw new AppError("refused", "places_below_held");
      // The offers made count against the shares as they were: the shares may change their places, not what they are.
      if (!sameShares(destination.quotas, saved?.quotas ?? [])) throw new AppError("refused", "quotas_fixed");
      if (destination.quotas.some((q, i) => saved!.quotas![i]!.places < q.placesHeld)) throw new AppError("refused", "places_below_held");
    }
    await tx.roundDestination.deleteMany({ where: { roundId: input.roundId, partnerInstitutionId: { notIn: kept } } });
    for (const { partnerInstitutionId, places, quotas = [] } of input.destinations) {
      await tx.roundDestination.upsert({
        where: { roundId_partnerInstitutionId: { roundId: input.roundId, partnerInstitutionId } },
        create: { roundId: input.roundId, partnerInstitutionId, places },
        update: { places },
      });
      await tx.placeQuota.deleteMany({ where: { roundId: input.roundId, partnerInstitutionId, position: { gte: quotas.length } } });
      for (const [position, quota] of quotas.entries()) {
        await tx.placeQuota.upsert({
          where: { roundId_partnerInstitutionId_position: { roundId: input.roundId, partnerInstitutionId, position } },
          create: { roundId: input.roundId, partnerInstitutionId, position, ...quota },
          update: quota,
        });
      }
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.destinations_changed",
      entityType: "ApplicationRound",
      entityId: input.roundId,
      toState:
        input.destinations
          .map((d) => `${d.partnerInstitutionId}:${d.places}${(d.quotas ?? []).map((q) => `[${q.iscedCode}/${q.eqfLevels.join("+")}:${q.places}]`).join("")}`)
          .join(",") || null,
    });
    return { version: input.version + 1 };
  });
}
