import { V } from "./messages";
import { isoDate as isoDateText, line } from "./text";
import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar";
import { isCountryCode } from "@/lib/domain/eligibility/countries";
import { RECOGNITION_ANSWERS, RESIDENCE_STATUSES } from "@/lib/domain/eligibility/types";

const isoDate = isoDateText();

const yesNo = z.boolean({ error: V.required });

/**
 * The nationality and, when it is not on the round's list, the residence
 * status in France. A stateless person gives no nationality (null) and the
 * status "stateless"; nobody else may leave the nationality out.
 */
export const NATIONALITY_FIELDS = {
  nationality: line().trim().toUpperCase().min(1, V.required).refine(isCountryCode, V.unknownCountry).nullish(),
  // Only asked when the nationality is not on the list; unanswered means none.
  residenceStatus: z.enum(RESIDENCE_STATUSES, { error: V.required }).default("none"),
};

export function refineNationality(answers: { nationality?: string | null; residenceStatus: string }, ctx: z.RefinementCtx): void {
  if (answers.nationality == null && answers.residenceStatus !== "stateless") ctx.addIssue({ code: "custom", path: ["nationality"], message: V.required });
}

/** The eligibility questions: the public page, the JSON API and the application form share it. */
export const ZEligibilityAnswers = z
  .object({
    ...NATIONALITY_FIELDS,
    completedFirstYear: yesNo,
    enrolledInDegreeProgramme: yesNo,
    studyStart: isoDate,
    studyEnd: isoDate,
    fullRecognition: z.enum(RECOGNITION_ANSWERS, { error: V.required }),
    includesInternship: yesNo,
    internshipStart: isoDate.optional(),
    internshipEnd: isoDate.optional(),
    otherEuGrant: yesNo,
    scholarshipHolder: yesNo,
  })
  // Whether a nationality is missing is told even when other answers are wrong.
  .superRefine(refineNationality, { when: () => true })
  .superRefine((answers, ctx) => {
    if (answers.includesInternship) {
      if (!answers.internshipStart) ctx.addIssue({ code: "custom", path: ["internshipStart"], message: V.required });
      if (!answers.internshipEnd) ctx.addIssue({ code: "custom", path: ["internshipEnd"], message: V.required });
    }
    if (answers.studyStart && answers.studyEnd && isIsoDate(answers.studyStart) && isIsoDate(answers.studyEnd) && answers.studyEnd < answers.studyStart) {
      ctx.addIssue({ code: "custom", path: ["studyEnd"], message: V.endBeforeStart });
    }
  });

export type TEligibilityAnswersInput = z.input<typeof ZEligibilityAnswers>;

/** The API's request: the answers, and optionally the round whose nationality list applies. */
export const ZEligibilityRequest = z.object({
  answers: ZEligibilityAnswers,
  roundId: line().max(50).optional(),
});
