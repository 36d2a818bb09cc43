/**
 * The conditions of "Conditions de participation" in
 * shared/seeds/outgoing-erasmus-rules-fr.txt, one function each.
 */
import { lastsAtLeastMonths, lastsAtMostMonths, parseIsoDate } from "../calendar";
import { isCountryCode, OWN_AGENCY_NATIONALITIES } from "./countries";
import type { EligibilityAnswers, RuleOutcome } from "./types";

type Answers = Partial<EligibilityAnswers>;

const MIN_STUDY_MONTHS = 3;
const MAX_STUDY_MONTHS = 12;

/** « avoir la nationalité d'un des États suivants … ou posséder le statut officiel de réfugié ou d'apatride, ou être reconnu comme résident permanent (carte de résident valable 10 ans ; la carte de séjour d'un an ne sera pas acceptée) » */
export function nationalityRule(answers: Answers, eligibleNationalities: readonly string[]): RuleOutcome {
  const rule = "nationality";
  const { nationality, residenceStatus } = answers;
  // A stateless person has no nationality to give: the status alone decides.
  if (nationality === null && residenceStatus === "stateless") return { rule, status: "met", reason: "nationality.stateless" };
  if (!nationality) return { rule, status: "to_confirm", reason: "nationality.unanswered" };
  if (!isCountryCode(nationality)) return { rule, status: "not_met", reason: "nationality.unknownCountry", params: { code: nationality } };
  if (eligibleNationalities.includes(nationality)) return { rule, status: "met", reason: "nationality.eligibleCountry" };
  switch (residenceStatus) {
    case "refugee":
      return { rule, status: "met", reason: "nationality.refugee" };
    case "stateless":
      return { rule, status: "met", reason: "nationality.stateless" };
    case "permanent_resident_10y":
      return { rule, status: "met", reason: "nationality.permanentResident" };
    case "residence_permit_1y":
      return { rule, status: "not_met", reason: "nationality.oneYearPermit" };
    case "none":
      return { rule, status: "not_met", reason: "nationality.notEligible" };
    default:
      return { rule, status: "to_confirm", reason: "nationality.residenceUnanswered" };
  }
}

/** « avoir accompli l'équivalent d'une année d'études à temps plein à l'Université d'attache » */
export function studyYearRule(answers: Answers): RuleOutcome {
  const rule = "studyYearCompleted";
  if (answers.completedFirstYear === undefined) return { rule, status: "to_confirm", reason: "studyYear.unanswered" };
  return answers.completedFirstYear ? { rule, status: "met", reason: "studyYear.met" } : { rule, status: "not_met", reason: "studyYear.notMet" };
}

/** « être inscrit dans un programme d'études officiel conduisant à un diplôme d'enseignement supérieur, niveau doctoral inclus » */
export function degreeProgrammeRule(answers: Answers): RuleOutcome {
  const rule = "degreeProgramme";
  if (answers.enrolledInDegreeProgramme === undefined) return { rule, status: "to_confirm", reason: "degree.unanswered" };
  return answers.enrolledInDegreeProgramme ? { rule, status: "met", reason: "degree.met" } : { rule, status: "not_met", reason: "degree.notMet" };
}

/**
 * « ne peut être inférieure à 3 mois ni supérieure à un an ». Both dates are
 * days of the stay. The stay lasts at least 3 months when the day after its
 * last day is on or after the start plus 3 calendar months (1 Sep → 30 Nov
 * is exactly 3 months), and at most 12 months when that day is on or before
 * the start plus 12 months (1 Sep → 31 Aug is exactly a year). Adding months
 * to the 29th–31st lands on the last day of a shorter month.
 */
export function durationRule(answers: Answers): RuleOutcome {
  const rule = "duration";
  if (!answers.studyStart || !answers.studyEnd) return { rule, status: "to_confirm", reason: "duration.unanswered" };
  const start = parseIsoDate(answers.studyStart);
  const end = parseIsoDate(answers.studyEnd);
  if (!start || !end) return { rule, status: "not_met", reason: "duration.invalidDate" };
  if (end.getTime() < start.getTime()) return { rule, status: "not_met", reason: "duration.endBeforeStart" };
  if (!lastsAtLeastMonths(start, end, MIN_STUDY_MONTHS)) return { rule, status: "not_met", reason: "duration.tooShort" };
  if (!lastsAtMostMonths(start, end, MAX_STUDY_MONTHS)) return { rule, status: "not_met", reason: "duration.tooLong" };
  return { rule, status: "met", reason: "duration.met" };
}

/** « doit constituer une partie intégrante du programme … bénéficier d'une reconnaissance académique complète » */
export function recognitionRule(answers: Answers): RuleOutcome {
  const rule = "recognition";
  switch (answers.fullRecognition) {
    case "yes":
      return { rule, status: "met", reason: "recognition.met" };
    case "no":
      return { rule, status: "not_met", reason: "recognition.notMet" };
    case "unsure":
      return { rule, status: "to_confirm", reason: "recognition.unsure" };
    default:
      return { rule, status: "to_confirm", reason: "recognition.unanswered" };
  }
}

/** « peut comprendre un stage en entreprise pour autant que ce stage soit suivi ou précédé par une période d'études minimale de 3 mois » */
export function internshipRule(answers: Answers): RuleOutcome {
  const rule = "internship";
  if (answers.includesInternship === undefined) return { rule, status: "to_confirm", reason: "internship.unanswered" };
  if (!answers.includesInternship) return { rule, status: "met", reason: "internship.none" };
  const internshipStart = answers.internshipStart ? parseIsoDate(answers.internshipStart) : null;
  const internshipEnd = answers.internshipEnd ? parseIsoDate(answers.internshipEnd) : null;
  const studyStart = answers.studyStart ? parseIsoDate(answers.studyStart) : null;
  const studyEnd = answers.studyEnd ? parseIsoDate(answers.studyEnd) : null;
  if (!internshipStart || !internshipEnd || !studyStart || !studyEnd) {
    return { rule, status: "to_confirm", reason: "internship.datesMissing" };
  }
  if (internshipEnd.getTime() < internshipStart.getTime()) return { rule, status: "not_met", reason: "internship.endBeforeStart" };
  const before = internshipEnd.getTime() < studyStart.getTime();
  const after = internshipStart.getTime() > studyEnd.getTime();
  if (!before && !after) return { rule, status: "not_met", reason: "internship.overlaps" };
  if (!lastsAtLeastMonths(studyStart, studyEnd, MIN_STUDY_MONTHS)) return { rule, status: "not_met", reason: "internship.studyTooShort" };
  return { rule, status: "met", reason: before ? "internship.followedByStudy" : "internship.precededByStudy" };
}

/** « ne doit pas percevoir, pour la période concernée, de bourses ou allocations émanant de la Communauté européenne dans le cadre d'autres programmes » */
export function otherEuGrantRule(answers: Answers): RuleOutcome {
  const rule = "otherEuGrant";
  if (answers.otherEuGrant === undefined) return { rule, status: "to_confirm", reason: "otherEuGrant.unanswered" };
  return answers.otherEuGrant ? { rule, status: "to_confirm", reason: "otherEuGrant.declared" } : { rule, status: "met", reason: "otherEuGrant.none" };
}

/** « Les étudiants de nationalité luxembourgeoise et liechtensteinoise … déclaration sur l'honneur … non allocataires » */
export function ownNationalAgencyRule(answers: Answers): RuleOutcome {
  const rule = "ownNationalAgency";
  if (answers.nationality && (OWN_AGENCY_NATIONALITIES as readonly string[]).includes(answers.nationality)) {
    return { rule, status: "to_confirm", reason: "ownAgency.declarationNeeded", params: { country: answers.nationality } };
  }
  return { rule, status: "met", reason: "ownAgency.notConcerned" };
}
