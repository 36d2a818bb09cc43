import { conditionAdmits } from "@/lib/domain/agreement";

/*
 * The pools the allocation fills. A destination whose agreement splits its
 * places by subject area and level is one pool per share (a candidate's
 * choice of it is to the first share that admits their programme); any
 * other destination is one pool, named by the partner.
 */

export type PlaceQuota = { id: string; iscedCode: string; eqfLevels: number[]; places: number; placesHeld: number };
export type PooledDestination = { partnerInstitutionId: string; places: number; placesHeld: number; quotas: PlaceQuota[] };
export type PlacePool = { id: string; partnerInstitutionId: string; quota: PlaceQuota | null; places: number; placesHeld: number };

export function placePools(destinations: readonly PooledDestination[]): PlacePool[] {
  return destinations.flatMap((d): PlacePool[] =>
    d.quotas.length === 0
      ? [{ id: d.partnerInstitutionId, partnerInstitutionId: d.partnerInstitutionId, quota: null, places: d.places, placesHeld: d.placesHeld }]
      : d.quotas.map((q) => ({ id: q.id, partnerInstitutionId: d.partnerInstitutionId, quota: q, places: q.places, placesHeld: q.placesHeld })),
  );
}

/**
 * The pool a choice of this destination is to for a student of this
 * programme: the destination itself when it is not split, else the first
 * share that admits the programme; null when none does (the choice counts
 * for nothing) or when the partner is not a destination of the round.
 */
export function poolFor(destination: PooledDestination | undefined, programme: { eqfLevel: number; iscedCode: string | null } | null): string | null {
  if (!destination) return null;
  if (destination.quotas.length === 0) return destination.partnerInstitutionId;
  if (!programme) return null;
  return destination.quotas.find((q) => conditionAdmits(q, programme))?.id ?? null;
}

/** A candidate's choices as pools, most wanted first: the partners they chose, each to the share their programme falls in. */
export function choicePools(
  destinations: ReadonlyMap<string, PooledDestination>,
  choices: readonly string[],
  programme: { eqfLevel: number; iscedCode: string | null } | null,
): string[] {
  return choices.map((partner) => poolFor(destinations.get(partner), programme)).filter((pool): pool is string => pool !== null);
}

/** The pool an offer holds a place of. */
export function offerPool(offer: { partnerInstitutionId: string; quotaId: string | null }): string {
  return offer.quotaId ?? offer.partnerInstitutionId;
}

/** How a pool is named to people: the partner, and for a share its subject area and levels ("Uppsala universitet · 0613, EQF 7"). */
export function poolLabel(partnerName: string, quota: Pick<PlaceQuota, "iscedCode" | "eqfLevels"> | null): string {
  return quota ? `${partnerName} · ${quota.iscedCode}, EQF ${quota.eqfLevels.join("/")}` : partnerName;
}
