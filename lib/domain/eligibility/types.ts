import type { IsoDate } from "../calendar";

export const RESIDENCE_STATUSES = ["none", "refugee", "stateless", "permanent_resident_10y", "residence_permit_1y"] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

export const RECOGNITION_ANSWERS = ["yes", "no", "unsure"] as const;
export type RecognitionAnswer = (typeof RECOGNITION_ANSWERS)[number];

/** What a student answers; any answer may still be missing while the form is filled. */
export type EligibilityAnswers = {
  /** An ISO 3166 code; null for a stateless person, who has none. */
  nationality: string | null;
  residenceStatus: ResidenceStatus;
  completedFirstYear: boolean;
  enrolledInDegreeProgramme: boolean;
  studyStart: IsoDate;
  studyEnd: IsoDate;
  fullRecognition: RecognitionAnswer;
  includesInternship: boolean;
  internshipStart?: IsoDate;
  internshipEnd?: IsoDate;
  otherEuGrant: boolean;
  scholarshipHolder: boolean;
};

export const RULE_IDS = [
  "nationality",
  "studyYearCompleted",
  "degreeProgramme",
  "duration",
  "recognition",
  "internship",
  "otherEuGrant",
  "ownNationalAgency",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type RuleStatus = "met" | "not_met" | "to_confirm";

/** The explanation of an outcome: a key under `eligibility.reasons` in the catalogues. */
export type RuleReason =
  | `degree.${"met" | "notMet" | "unanswered"}`
  | `duration.${"endBeforeStart" | "invalidDate" | "met" | "tooLong" | "tooShort" | "unanswered"}`
  | `internship.${"datesMissing" | "endBeforeStart" | "followedByStudy" | "none" | "overlaps" | "precededByStudy" | "studyTooShort" | "unanswered"}`
  | `nationality.${"eligibleCountry" | "notEligible" | "oneYearPermit" | "permanentResident" | "refugee" | "residenceUnanswered" | "stateless" | "unanswered" | "unknownCountry"}`
  | `otherEuGrant.${"declared" | "none" | "unanswered"}`
  | `ownAgency.${"declarationNeeded" | "notConcerned"}`
  | `recognition.${"met" | "notMet" | "unanswered" | "unsure"}`
  | `studyYear.${"met" | "notMet" | "unanswered"}`;

/** A rule's outcome; `reason` names the explanation (one sentence, translated by the reader's catalogue). */
export type RuleOutcome = {
  rule: RuleId;
  status: RuleStatus;
  reason: RuleReason;
  params?: Record<string, string | number>;
};

export type Verdict = "eligible" | "eligible_with_conditions" | "not_eligible";

export type EligibilityDocument = "resident_card_copy" | "scholarship_notification" | "declaration_on_honour";

export type GrantConsequence = "grant_possible" | "non_grant_holder_own_agency" | "no_grant_other_eu_grant" | "no_grant_not_eligible";

export type EligibilityResult = {
  verdict: Verdict;
  /** False while a question the verdict depends on is still unanswered. */
  complete: boolean;
  rules: RuleOutcome[];
  documents: EligibilityDocument[];
  grant: GrantConsequence;
  nationalityRoute: "nationality" | "residence_status" | null;
};
