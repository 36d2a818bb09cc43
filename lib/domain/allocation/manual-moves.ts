import { inRankOrder, validChoices, type AllocationInput, type AllocationResult } from "./allocate";

/** A coordinator's change to the proposal: this candidate gets this destination (or none), for this reason. */
export type ManualMove = { candidateId: string; destinationId: string | null; reason: string };

/** The waiting lists and cut-offs that go with an assignment, by the same definitions as `allocatePlaces`. */
export function describeAssignment(input: AllocationInput, assigned: Record<string, string | null>): AllocationResult {
  const known = new Set(input.destinations.map((d) => d.id));
  const waiting: Record<string, string[]> = Object.fromEntries([...known].map((id) => [id, []]));
  const cutoffRank: Record<string, number | null> = Object.fromEntries([...known].map((id) => [id, null]));
  for (const candidate of inRankOrder(input.candidates)) {
    const got = assigned[candidate.id] ?? null;
    const choices = validChoices(candidate.choices, known);
    const above = got === null || !choices.includes(got) ? choices.filter((c) => c !== got) : choices.slice(0, choices.indexOf(got));
    for (const choice of above) waiting[choice]!.push(candidate.id);
    if (got !== null && known.has(got)) cutoffRank[got] = Math.max(cutoffRank[got] ?? 0, candidate.rank);
  }
  return { assigned: { ...assigned }, waiting, cutoffRank };
}

/**
 * The coordinator's moves applied to a proposal, in order: a move to a full
 * destination, or of a candidate who is not in the round, is refused and
 * returned, never applied. Waiting lists are worked out again.
 */
export function applyManualMoves(input: AllocationInput, proposal: AllocationResult, moves: ManualMove[]): { result: AllocationResult; refused: ManualMove[] } {
  const places = new Map(input.destinations.map((d) => [d.id, d.places]));
  const assigned = { ...proposal.assigned };
  const refused: ManualMove[] = [];
  for (const move of moves) {
    if (!(move.candidateId in assigned) || (move.destinationId !== null && !places.has(move.destinationId))) {
      refused.push(move);
      continue;
    }
    if (move.destinationId !== null && assigned[move.candidateId] !== move.destinationId) {
      const held = Object.values(assigned).filter((d) => d === move.destinationId).length;
      if (held >= places.get(move.destinationId)!) {
        refused.push(move);
        continue;
      }
    }
    assigned[move.candidateId] = move.destinationId;
  }
  return { result: describeAssignment(input, assigned), refused };
}
