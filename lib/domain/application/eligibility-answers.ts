import type { EligibilityAnswers } from "../eligibility/types";
import { OWN_AGENCY_NATIONALITIES } from "../eligibility/countries";
import type { DossierProfile } from "../dossier/pieces";
import { evaluateEligibility } from "../eligibility/evaluate";

/** What the application form records that the eligibility rules need. */
export type ApplicationFacts = {
  nationality: string | null;
  residenceStatus: EligibilityAnswers["residenceStatus"] | null;
  creditsCompleted: number | null;
  programmeChosen: boolean;
  scholarshipHolder: boolean | null;
  otherEuGrant: boolean | null;
  fullRecognition: EligibilityAnswers["fullRecognition"] | null;
  firstChoice: { startDate: string; endDate: string } | null;
  /** The host confirmed the stay's days itself: no scanned certificate of attendance is needed. */
  attendanceConfirmedByHost?: boolean;
};

/** 60 ECTS credits are one year of full-time study (seed, "Système Européen de Transfert des Crédits"). */
const CREDITS_PER_YEAR = 60;

/**
 * The application's answers as eligibility answers: the year of study is
 * judged from the credits completed, enrolment from the programme chosen,
 * the period from the first-ranked destination. An application is a study
 * period; traineeships are not applied for here.
 */
export function eligibilityAnswersOf(facts: ApplicationFacts): Partial<EligibilityAnswers> {
  const answers: Partial<EligibilityAnswers> = { includesInternship: false };
  if (facts.nationality) answers.nationality = facts.nationality;
  else if (facts.residenceStatus === "stateless") answers.nationality = null;
  answers.residenceStatus = facts.residenceStatus ?? "none";
  if (facts.creditsCompleted !== null) answers.completedFirstYear = facts.creditsCompleted >= CREDITS_PER_YEAR;
  if (facts.programmeChosen) answers.enrolledInDegreeProgramme = true;
  if (facts.scholarshipHolder !== null) answers.scholarshipHolder = facts.scholarshipHolder;
  if (facts.otherEuGrant !== null) answers.otherEuGrant = facts.otherEuGrant;
  if (facts.fullRecognition) answers.fullRecognition = facts.fullRecognition;
  if (facts.firstChoice) {
    answers.studyStart = facts.firstChoice.startDate;
    answers.studyEnd = facts.firstChoice.endDate;
  }
  return answers;
}

/** The dossier pieces that depend on the application's answers. */
export function dossierProfileOf(facts: ApplicationFacts, eligibleNationalities: readonly string[]): DossierProfile {
  const result = evaluateEligibility(eligibilityAnswersOf(facts), eligibleNationalities);
  return {
    scholarshipHolder: facts.scholarshipHolder === true,
    admittedByResidenceStatus: result.nationalityRoute === "residence_status",
    ownAgencyNational: Boolean(facts.nationality && (OWN_AGENCY_NATIONALITIES as readonly string[]).includes(facts.nationality)),
    attendanceConfirmedByHost: facts.attendanceConfirmedByHost === true,
  };
}
