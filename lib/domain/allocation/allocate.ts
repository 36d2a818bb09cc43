/*
 * The allocation of a round's places: candidates in rank order each take
 * their most wanted destination that still has a place (serial
 * dictatorship on the ranking). With one priority order for every
 * destination this is what student-proposing deferred acceptance gives: no
 * candidate envies a place held by someone ranked below them, nobody is
 * left without a place while a destination they listed has one free, and
 * nobody gains by listing their wishes in another order.
 */

export type AllocationInput = {
  /** Each destination with its places; a split by level or subject area is one destination per part. */
  destinations: Array<{ id: string; places: number }>;
  /** `rank` 1 is the best; `choices` are destination ids, most wanted first. */
  candidates: Array<{ id: string; rank: number; choices: string[] }>;
};

export type AllocationResult = {
  /** Every candidate, with the destination they got or null. */
  assigned: Record<string, string | null>;
  /** Per destination, in rank order, the candidates who wanted it more than what they got (or got nothing and listed it). */
  waiting: Record<string, string[]>;
  /** Per destination, the rank of the last candidate it was given to (null when none). */
  cutoffRank: Record<string, number | null>;
};

/** The candidates in rank order; equal ranks (which a caller should not send) fall back on the id, so the result never depends on input order. */
export function inRankOrder<C extends { id: string; rank: number }>(candidates: readonly C[]): C[] {
  return [...candidates].sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A candidate's choices that name a destination, each once, in their order. */
export function validChoices(choices: readonly string[], destinations: ReadonlySet<string>): string[] {
  return [...new Set(choices)].filter((choice) => destinations.has(choice));
}

export function allocatePlaces(input: AllocationInput): AllocationResult {
  const free = new Map<string, number>();
  for (const d of input.destinations) free.set(d.id, Math.max(0, Math.floor(Number.isFinite(d.places) ? d.places : 0)) + (free.get(d.id) ?? 0));
  const known = new Set(free.keys());
  const assigned: Record<string, string | null> = {};
  const waiting: Record<string, string[]> = Object.fromEntries([...known].map((id) => [id, []]));
  const cutoffRank: Record<string, number | null> = Object.fromEntries([...known].map((id) => [id, null]));

  for (const candidate of inRankOrder(input.candidates)) {
    const choices = validChoices(candidate.choices, known);
    const got = choices.find((choice) => free.get(choice)! > 0) ?? null;
    assigned[candidate.id] = got;
    if (got === null) {
      for (const choice of choices) waiting[choice]!.push(candidate.id);
      continue;
    }
    free.set(got, free.get(got)! - 1);
    cutoffRank[got] = candidate.rank;
    for (const choice of choices.slice(0, choices.indexOf(got))) waiting[choice]!.push(candidate.id);
  }
  return { assigned, waiting, cutoffRank };
}
