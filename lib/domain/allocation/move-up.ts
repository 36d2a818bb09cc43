import { allocatePlaces, type AllocationInput, type AllocationResult } from "./allocate";

export type PlaceMove = { candidate: string; from: string | null; to: string | null };

/**
 * When candidates leave (they decline, let an offer lapse or withdraw), the
 * places they free go down the waiting lists: the allocation is run again
 * without them. Serial dictatorship never makes anyone worse off when
 * someone leaves, so each move is an improvement, and one freed place can
 * start a chain (the candidate who moves up frees their old place for the
 * next, and so on). Returns the new allocation and the moves, best rank first.
 */
export function moveUp(input: AllocationInput, before: AllocationResult, leaving: ReadonlySet<string>): { result: AllocationResult; moves: PlaceMove[] } {
  const remaining = { ...input, candidates: input.candidates.filter((c) => !leaving.has(c.id)) };
  const result = allocatePlaces(remaining);
  const moves = remaining.candidates
    .filter((c) => (before.assigned[c.id] ?? null) !== result.assigned[c.id])
    .sort((a, b) => a.rank - b.rank)
    .map((c) => ({ candidate: c.id, from: before.assigned[c.id] ?? null, to: result.assigned[c.id] ?? null }));
  return { result, moves };
}
