import { DEFAULT_ELIGIBLE_NATIONALITIES, OWN_AGENCY_NATIONALITIES } from "./countries";
import {
  degreeProgrammeRule,
  durationRule,
  internshipRule,
  nationalityRule,
  otherEuGrantRule,
  ownNationalAgencyRule,
  recognitionRule,
  studyYearRule,
} from "./rules";
import type { EligibilityAnswers, EligibilityDocument, EligibilityResult, GrantConsequence, Verdict } from "./types";

const UNANSWERED = /\.(unanswered|residenceUnanswered|datesMissing)$/;

/**
 * The whole eligibility check, used alike by the public page (in the
 * browser, as the form is filled), the JSON API and the application form.
 */
export function evaluateEligibility(
  answers: Partial<EligibilityAnswers>,
  eligibleNationalities: readonly string[] = DEFAULT_ELIGIBLE_NATIONALITIES,
): EligibilityResult {
  const nationality = nationalityRule(answers, eligibleNationalities);
  const rules = [
    nationality,
    studyYearRule(answers),
    degreeProgrammeRule(answers),
    durationRule(answers),
    recognitionRule(answers),
    internshipRule(answers),
    otherEuGrantRule(answers),
    ownNationalAgencyRule(answers),
  ];

  const verdict: Verdict = rules.some((r) => r.status === "not_met")
    ? "not_eligible"
    : rules.some((r) => r.status === "to_confirm")
      ? "eligible_with_conditions"
      : "eligible";

  const nationalityRoute = nationality.status !== "met" ? null : nationality.reason === "nationality.eligibleCountry" ? "nationality" : "residence_status";

  const ownAgency = Boolean(answers.nationality && (OWN_AGENCY_NATIONALITIES as readonly string[]).includes(answers.nationality));

  const documents: EligibilityDocument[] = [];
  if (nationalityRoute === "residence_status") documents.push("resident_card_copy");
  if (answers.scholarshipHolder) documents.push("scholarship_notification");
  if (ownAgency) documents.push("declaration_on_honour");

  // A grant follows a place: someone who may not go is never told they may be funded.
  const grant: GrantConsequence =
    verdict === "not_eligible"
      ? "no_grant_not_eligible"
      : ownAgency
        ? "non_grant_holder_own_agency"
        : answers.otherEuGrant
          ? "no_grant_other_eu_grant"
          : "grant_possible";

  const complete = !rules.some((r) => UNANSWERED.test(r.reason));

  return { verdict, complete, rules, documents, grant, nationalityRoute };
}
