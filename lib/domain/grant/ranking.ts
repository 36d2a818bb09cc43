import { officialLanguages } from "@/lib/domain/country-languages";

/**
 * The commission's ranking (seed: "critère social, critère linguistique,
 * critère académique") and the award of grants down the ranking until the
 * budget runs out.
 */
export const CRITERIA = ["social", "linguistic", "academic"] as const;
export type Criterion = (typeof CRITERIA)[number];

export type Weights = Record<Criterion, number>;

export type Candidate = {
  id: string;
  scholarshipHolder: boolean;
  /** Going to a country whose language is not English, German or Spanish. */
  linguistic: boolean;
  /** Grade average out of 20, or null when not yet entered. */
  gradeAverage: number | null;
  submittedAt: Date | null;
  /** What the rate table gives; 0 for a non-grant-holder. */
  amount: number;
  grantEligible: boolean;
};

export type RankedCandidate = Candidate & { rank: number; score: number; breakdown: Record<Criterion, number> };

/** Languages whose countries do not earn the linguistic criterion. */
const MAJOR_LANGUAGES = ["en", "de", "es"];

/**
 * The linguistic criterion from the destination country: "partir dans un
 * pays autre que l'anglais, l'allemand ou l'espagnol", met when none of the
 * country's official languages is English, German or Spanish (Sweden: yes;
 * Ireland, Austria, Switzerland: no). A country the table does not know does
 * not score: the commission corrects it by hand.
 */
export function isLinguisticDestination(countryCode: string): boolean {
  const languages = officialLanguages(countryCode);
  return languages.length > 0 && !languages.some((l) => MAJOR_LANGUAGES.includes(l));
}

function criterionValue(candidate: Candidate, criterion: Criterion): number {
  if (criterion === "social") return candidate.scholarshipHolder ? 1 : 0;
  if (criterion === "linguistic") return candidate.linguistic ? 1 : 0;
  return candidate.gradeAverage === null ? 0 : Math.min(20, Math.max(0, candidate.gradeAverage)) / 20;
}

/**
 * Each criterion counts between 0 and 1 (the grade average divided by 20)
 * times its weight. Ties are broken by the criteria in the order given,
 * then by the earlier submission, then by id so the order is always the same.
 */
export function rankCandidates(candidates: Candidate[], weights: Weights, tieBreaks: Criterion[]): RankedCandidate[] {
  const scored = candidates.map((candidate) => {
    const breakdown = Object.fromEntries(CRITERIA.map((c) => [c, Math.round(criterionValue(candidate, c) * weights[c] * 1000) / 1000])) as Record<
      Criterion,
      number
    >;
    const score = Math.round(CRITERIA.reduce((sum, c) => sum + breakdown[c], 0) * 1000) / 1000;
    return { ...candidate, score, breakdown };
  });
  scored.sort((a, b) => {
    if (b.score !== a.score) return b.score - a.score;
    for (const criterion of tieBreaks) {
      const difference = criterionValue(b, criterion) - criterionValue(a, criterion);
      if (difference !== 0) return difference;
    }
    const at = a.submittedAt?.getTime() ?? Infinity;
    const bt = b.submittedAt?.getTime() ?? Infinity;
    if (at !== bt) return at - bt;
    return a.id < b.id ? -1 : 1;
  });
  return scored.map((candidate, index) => ({ ...candidate, rank: index + 1 }));
}

export type Award = { id: string; awarded: boolean; amount: number; reason: "awarded" | "awarded_by_amendment" | "budget_exhausted" | "not_grant_eligible" };

/** Why a published decision is what it is: the award's outcome, or why the stay brings no grant. */
export const DECISION_REASONS = [
  "awarded",
  "budget_exhausted",
  "not_grant_eligible",
  "own_national_agency",
  "other_eu_grant",
  "invalid_period",
  "no_rate_for_country",
] as const;
export type DecisionReason = (typeof DECISION_REASONS)[number];

export function asDecisionReason(value: string): DecisionReason {
  return (DECISION_REASONS as readonly string[]).includes(value) ? (value as DecisionReason) : "not_grant_eligible";
}

/**
 * Grants go down the ranking while the budget lasts: the first candidate
 * whose amount no longer fits ends the awards, so nobody lower in the
 * ranking is preferred to them. Non-grant-holders are skipped.
 */
export function allocateBudget(ranked: RankedCandidate[], budget: number): { awards: Award[]; remaining: number } {
  let remaining = budget;
  let exhausted = false;
  const awards = ranked.map((candidate): Award => {
    if (!candidate.grantEligible) return { id: candidate.id, awarded: false, amount: 0, reason: "not_grant_eligible" };
    if (exhausted || candidate.amount > remaining) {
      exhausted = true;
      return { id: candidate.id, awarded: false, amount: 0, reason: "budget_exhausted" };
    }
    remaining = Math.round((remaining - candidate.amount) * 100) / 100;
    return { id: candidate.id, awarded: true, amount: candidate.amount, reason: "awarded" };
  });
  return { awards, remaining };
}

/** Decisions are normally published before 15 July (seed); later dates get a warning. */
export function publicationIsLate(date: Date): boolean {
  const limit = Date.UTC(date.getUTCFullYear(), 6, 15);
  return date.getTime() > limit + 86_400_000 - 1;
}
