import { V } from "./messages";
import { line, recordId } from "./text";
import { z } from "zod";
import { SELECTION_CRITERIA } from "@/lib/domain/allocation/ranking";
import { text } from "./institution";

const weight = z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(100, V.outOfRange);
const criterion = z.enum(SELECTION_CRITERIA, { error: V.required });

/** The round's selection settings: a weight per criterion, the order ties are broken in, the days to answer an offer. */
export const ZSelectionSettings = z.object({
  roundId: recordId(),
  version: z.number().int().positive(),
  weights: z.object({ academic: weight, motivation: weight, language: weight, previousStay: weight }),
  tieBreaks: z
    .array(criterion)
    .length(3)
    .superRefine((order, ctx) => {
      order.forEach((c, index) => {
        if (order.indexOf(c) !== index) ctx.addIssue({ code: "custom", message: V.duplicateTieBreak, path: [index] });
      });
    }),
  offerAnswerDays: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(60, V.outOfRange),
});
export type TSelectionSettingsInput = z.input<typeof ZSelectionSettings>;

/** A coordinator's marks for one candidate: the motivation out of 20 (empty until marked), a previous Erasmus+ stay. */
export const ZCandidateMarks = z.object({
  applicationId: recordId(),
  motivationMark: z.union([z.literal(""), z.coerce.number({ error: V.number }).min(0, V.outOfRange).max(20, V.outOfRange)]),
  previousErasmusStay: z.boolean(),
});
export type TCandidateMarksInput = z.input<typeof ZCandidateMarks>;

/** A candidate moved by hand to a position in the ranking, with why. */
export const ZRankAdjustment = z.object({
  roundId: recordId(),
  applicationId: recordId().min(1, V.chooseCandidate),
  position: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(10_000, V.outOfRange),
  reason: text(300),
});
export type TRankAdjustmentInput = z.input<typeof ZRankAdjustment>;

/** A candidate given another destination (or none) in the proposal, with why. */
export const ZProposalMove = z.object({
  roundId: recordId(),
  applicationId: recordId().min(1, V.chooseCandidate),
  destinationId: z.union([z.literal(""), recordId()]),
  reason: text(300),
});
export type TProposalMoveInput = z.input<typeof ZProposalMove>;

/** The student's answer to the place offered. */
export const ZPlaceAnswer = z.object({ applicationId: recordId(), accept: z.boolean() });

export const ZSelectionRound = z.object({ roundId: line().min(1, V.required) });
