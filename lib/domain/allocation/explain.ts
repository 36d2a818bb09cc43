import type { AllocationInput, AllocationResult } from "./allocate";
import { validChoices } from "./allocate";

export type AllocationExplanation = {
  /** The destination the candidate got, or null. */
  assigned: string | null;
  /** Each choice ranked above what they got (all of them when they got nothing): full when their turn came, given last to rank `cutoffRank`. */
  fullerChoices: Array<{ destination: string; cutoffRank: number | null; waitingPosition: number }>;
  /** Choices ranked below the one they got: not needed. */
  lowerChoices: string[];
};

/**
 * What one candidate is told about the allocation: the place they got, and
 * for each destination they wanted more, that it was full at their turn,
 * the rank it was last given to, and their place on its waiting list.
 * It names no other candidate.
 */
export function explainAllocation(input: AllocationInput, result: AllocationResult, candidateId: string): AllocationExplanation {
  const candidate = input.candidates.find((c) => c.id === candidateId);
  if (!candidate) throw new Error(`no candidate ${candidateId}`);
  const choices = validChoices(candidate.choices, new Set(input.destinations.map((d) => d.id)));
  const assigned = result.assigned[candidateId] ?? null;
  const cut = assigned === null ? choices.length : choices.indexOf(assigned);
  return {
    assigned,
    fullerChoices: choices.slice(0, cut).map((destination) => ({
      destination,
      cutoffRank: result.cutoffRank[destination] ?? null,
      waitingPosition: (result.waiting[destination] ?? []).indexOf(candidateId) + 1,
    })),
    lowerChoices: choices.slice(cut + 1),
  };
}
