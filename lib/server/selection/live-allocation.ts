import "server-only";
import type { AllocationInput, AllocationResult } from "@/lib/domain/allocation/allocate";
import { describeAssignment } from "@/lib/domain/allocation/manual-moves";
import { offerPool } from "@/lib/domain/allocation/place-pools";
import type { SelectionApplication } from "./selection-state";

/**
 * The allocation as it stands after the confirmation, from the held
 * offers: a candidate who accepted a place waits for nothing more, one who
 * left the round (declined, lapsed, withdrew) is out of every list, as
 * `fillFreePlaces` reads them.
 */
export function liveAllocation(input: AllocationInput, applications: Map<string, SelectionApplication>): AllocationResult {
  const inRound = input.candidates.filter((c) => ["SELECTED", "WAITING_LIST"].includes(applications.get(c.id)?.status ?? ""));
  const candidates = inRound.map((c) => {
    const held = applications.get(c.id)!.placeOffers[0];
    return held?.state === "ACCEPTED" ? { ...c, choices: [offerPool(held)] } : c;
  });
  const assigned = Object.fromEntries(
    candidates.map((c) => {
      const held = applications.get(c.id)!.placeOffers[0];
      return [c.id, held ? offerPool(held) : null];
    }),
  );
  return describeAssignment({ ...input, candidates }, assigned);
}
