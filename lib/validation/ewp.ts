import { z } from "zod";
import { V } from "./messages";
import { line, prose, recordId } from "./text";

/**
 * The receiving institution's answer to a partner's learning agreement
 * through EWP: an approval signed with the staff member's position, or a
 * comment that sends the proposal back.
 */
export const ZAnswerIncomingAgreement = z
  .object({
    id: recordId(),
    version: z.number().int().positive(),
    proposalId: line().min(1).max(200),
    answer: z.enum(["APPROVE", "COMMENT"]),
    signerPosition: line().trim().min(2, V.required).max(120, V.tooLong),
    comment: prose().trim().max(2000, V.tooLong),
  })
  .superRefine((value, ctx) => {
    if (value.answer === "COMMENT" && value.comment.length === 0) ctx.addIssue({ code: "custom", message: V.required, path: ["comment"] });
  });
export type TAnswerIncomingAgreement = z.output<typeof ZAnswerIncomingAgreement>;
