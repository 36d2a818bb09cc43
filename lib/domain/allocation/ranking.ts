/*
 * The selection ranking of a round's candidates, before places are
 * allocated: a score from the round's criteria and weights, ties broken by
 * the round's rule, then the coordinator's manual adjustments, each with
 * its reason. The rank it gives is what `allocatePlaces` reads.
 */
import { CEFR_LEVELS } from "@/lib/domain/languages";

type CefrLevel = (typeof CEFR_LEVELS)[number];

export const SELECTION_CRITERIA = ["academic", "motivation", "language", "previousStay"] as const;
export type SelectionCriterion = (typeof SELECTION_CRITERIA)[number];

export type SelectionWeights = Record<SelectionCriterion, number>;

/** The seed's selection by the departments' coordinators: the record first, then the motivation, then the language. */
export const DEFAULT_SELECTION: { weights: SelectionWeights; tieBreaks: SelectionCriterion[] } = {
  weights: { academic: 50, motivation: 30, language: 20, previousStay: 10 },
  tieBreaks: ["academic", "motivation", "language"],
};

export type SelectionCandidate = {
  id: string;
  /** Academic average out of 20, or null when not yet entered. */
  gradeAverage: number | null;
  /** The coordinator's mark for the motivation, out of 20, or null. */
  motivationMark: number | null;
  /** The best level the candidate declared in a language, or null. */
  languageLevel: CefrLevel | null;
  /** An Erasmus+ stay in the same cycle of studies already, which counts against. */
  previousStay: boolean;
  submittedAt: Date | null;
};

export type ManualAdjustment = { candidateId: string; position: number; reason: string };

export type RankedSelection = SelectionCandidate & {
  rank: number;
  score: number;
  breakdown: Record<SelectionCriterion, number>;
  /** The reason the coordinator moved this candidate to their rank, or null. */
  adjustment: string | null;
};

/** Each criterion between 0 and 1; a previous stay is 1 when there was one (its weight is then taken off). */
function criterionValue(candidate: SelectionCandidate, criterion: SelectionCriterion): number {
  const outOf20 = (mark: number | null) => (mark === null ? 0 : Math.min(20, Math.max(0, mark)) / 20);
  if (criterion === "academic") return outOf20(candidate.gradeAverage);
  if (criterion === "motivation") return outOf20(candidate.motivationMark);
  if (criterion === "language") return candidate.languageLevel === null ? 0 : CEFR_LEVELS.indexOf(candidate.languageLevel) / (CEFR_LEVELS.length - 1);
  return candidate.previousStay ? 1 : 0;
}

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * Scores each candidate (the weighted criteria, a previous stay counting
 * against), orders them best first with ties broken by the criteria in the
 * round's order, then the earlier submission, then the id; then applies the
 * manual adjustments in the order given, each moving a candidate to a
 * position (clamped to the list). Ranks run from 1.
 */
export function rankForSelection(
  candidates: SelectionCandidate[],
  settings: { weights: SelectionWeights; tieBreaks: SelectionCriterion[] },
  adjustments: ManualAdjustment[] = [],
): RankedSelection[] {
  const scored = candidates.map((candidate) => {
    const breakdown = Object.fromEntries(
      SELECTION_CRITERIA.map((c) => [c, round3(criterionValue(candidate, c) * settings.weights[c] * (c === "previousStay" ? -1 : 1))]),
    ) as Record<SelectionCriterion, number>;
    const score = round3(SELECTION_CRITERIA.reduce((sum, c) => sum + breakdown[c], 0));
    return { ...candidate, score, breakdown, adjustment: null as string | null };
  });
  scored.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    for (const criterion of settings.tieBreaks) {
      const better = criterion === "previousStay" ? -1 : 1;
      const difference = (criterionValue(b, criterion) - criterionValue(a, criterion)) * better;
      if (difference !== 0) return difference;
    }
    const at = a.submittedAt?.getTime() ?? Infinity;
    const bt = b.submittedAt?.getTime() ?? Infinity;
    if (at !== bt) return at - bt;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
  for (const { candidateId, position, reason } of adjustments) {
    const from = scored.findIndex((c) => c.id === candidateId);
    if (from < 0) continue;
    const [moved] = scored.splice(from, 1);
    const to = Math.min(Math.max(1, Math.floor(position)), scored.length + 1) - 1;
    scored.splice(to, 0, { ...moved!, adjustment: reason });
  }
  return scored.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}
