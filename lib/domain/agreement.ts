import { CEFR_LEVELS } from "./languages";

/*
 * The Erasmus+ inter-institutional agreement: valid for a span of academic
 * years once signed by both institutions, with cooperation conditions that
 * say, per direction and subject area, how many students may go each year.
 */

export const AGREEMENT_STATUSES = ["DRAFT", "SIGNED", "TERMINATED"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const COOPERATION_DIRECTIONS = ["OUTGOING", "INCOMING"] as const;

type Condition = { iscedCode: string; eqfLevels: number[] };
type Agreement = {
  partnerInstitutionId: string;
  firstAcademicYear: string;
  lastAcademicYear: string;
  status: AgreementStatus;
  conditions: Array<Condition & { direction: "OUTGOING" | "INCOMING"; studentsPerYear: number }>;
};

/** Whether the agreement allows mobilities in this academic year ("2027-2028"): signed, and the year within its span. */
export function agreementCovers(agreement: Omit<Agreement, "conditions" | "partnerInstitutionId">, academicYear: string): boolean {
  // "YYYY-YYYY" strings compare as their years do.
  return agreement.status === "SIGNED" && agreement.firstAcademicYear <= academicYear && academicYear <= agreement.lastAcademicYear;
}

export type ProposedDestination = {
  partnerInstitutionId: string;
  places: number;
  /** The places of each outgoing condition, when there are several: the agreement splits the places by subject area and level. */
  quotas: Array<Condition & { places: number }>;
};

/**
 * The destinations a round of this academic year is proposed: each partner
 * with an agreement covering the year, with the places of its outgoing
 * conditions added up, and split per condition when there are several.
 * Partners in the order of their first agreement.
 */
export function destinationsFromAgreements(agreements: Agreement[], academicYear: string): ProposedDestination[] {
  const conditions = new Map<string, Agreement["conditions"]>();
  for (const agreement of agreements) {
    if (!agreementCovers(agreement, academicYear)) continue;
    const outgoing = agreement.conditions.filter((c) => c.direction === "OUTGOING" && c.studentsPerYear > 0);
    if (outgoing.length === 0) continue;
    conditions.set(agreement.partnerInstitutionId, [...(conditions.get(agreement.partnerInstitutionId) ?? []), ...outgoing]);
  }
  return [...conditions].map(([partnerInstitutionId, outgoing]) => ({
    partnerInstitutionId,
    places: outgoing.reduce((sum, c) => sum + c.studentsPerYear, 0),
    quotas: outgoing.length < 2 ? [] : outgoing.map((c) => ({ iscedCode: c.iscedCode, eqfLevels: c.eqfLevels, places: c.studentsPerYear })),
  }));
}
type Programme = { iscedCode: string | null; eqfLevel: number };

/**
 * Whether a cooperation condition admits a programme: its level among the
 * condition's, and its subject area the condition's, or inside it when the
 * condition names a whole narrow field ("0610": 061x) or broad field ("0600": 06xx).
 */
export function conditionAdmits(condition: Condition, programme: Programme): boolean {
  if (!condition.eqfLevels.includes(programme.eqfLevel)) return false;
  // A programme recorded before subject areas were: its level decides.
  if (!programme.iscedCode) return true;
  const code = condition.iscedCode;
  if (code === programme.iscedCode) return true;
  if (code.endsWith("00")) return programme.iscedCode.startsWith(code.slice(0, 2));
  if (code.endsWith("0")) return programme.iscedCode.startsWith(code.slice(0, 3));
  return false;
}

/**
 * Whether a destination is open to a student of this programme: one of the
 * outgoing conditions the partner's agreements give the round's year admits
 * it. A partner without any recorded condition is open to all, so that an
 * office that has not entered its agreements yet loses nothing.
 */
export function destinationAdmits(outgoing: Condition[], programme: Programme): boolean {
  return outgoing.length === 0 || outgoing.some((condition) => conditionAdmits(condition, programme));
}

/**
 * The first recommended language a student declared a lower CEFR level in,
 * with both levels; null when none (a language not declared is not
 * presumed weak: the languages step may come later).
 */
export function languageBelowRecommended(
  outgoing: Array<{ languageCode: string | null; languageLevel: string | null }>,
  declared: Array<{ language: string; level: string }>,
): { language: string; recommended: string; declared: string } | null {
  const rank = (level: string) => (CEFR_LEVELS as readonly string[]).indexOf(level);
  for (const condition of outgoing) {
    if (!condition.languageCode || !condition.languageLevel) continue;
    const own = declared.find((d) => d.language === condition.languageCode);
    if (own && rank(own.level) < rank(condition.languageLevel)) {
      return { language: condition.languageCode, recommended: condition.languageLevel, declared: own.level };
    }
  }
  return null;
}
