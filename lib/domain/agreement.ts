/*
 * The Erasmus+ inter-institutional agreement: valid for a span of academic
 * years once signed by both institutions, with cooperation conditions that
 * say, per direction and subject area, how many students may go each year.
 */

export const AGREEMENT_STATUSES = ["DRAFT", "SIGNED", "TERMINATED"] as const;
export type AgreementStatus = (typeof AGREEMENT_STATUSES)[number];
export const COOPERATION_DIRECTIONS = ["OUTGOING", "INCOMING"] as const;

type Agreement = {
  partnerInstitutionId: string;
  firstAcademicYear: string;
  lastAcademicYear: string;
  status: AgreementStatus;
  conditions: Array<{ direction: "OUTGOING" | "INCOMING"; studentsPerYear: number }>;
};

/** Whether the agreement allows mobilities in this academic year ("2027-2028"): signed, and the year within its span. */
export function agreementCovers(agreement: Omit<Agreement, "conditions" | "partnerInstitutionId">, academicYear: string): boolean {
  // "YYYY-YYYY" strings compare as their years do.
  return agreement.status === "SIGNED" && agreement.firstAcademicYear <= academicYear && academicYear <= agreement.lastAcademicYear;
}

/**
 * The destinations a round of this academic year is proposed: each partner
 * with an agreement covering the year, with the places of its outgoing
 * conditions added up. Partners in the order of their first agreement.
 */
export function destinationsFromAgreements(agreements: Agreement[], academicYear: string): Array<{ partnerInstitutionId: string; places: number }> {
  const places = new Map<string, number>();
  for (const agreement of agreements) {
    if (!agreementCovers(agreement, academicYear)) continue;
    const outgoing = agreement.conditions.filter((c) => c.direction === "OUTGOING").reduce((sum, c) => sum + c.studentsPerYear, 0);
    if (outgoing === 0) continue;
    places.set(agreement.partnerInstitutionId, (places.get(agreement.partnerInstitutionId) ?? 0) + outgoing);
  }
  return [...places].map(([partnerInstitutionId, total]) => ({ partnerInstitutionId, places: total }));
}
