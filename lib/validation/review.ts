import { z } from "zod";
import { APPLICATION_STATUSES } from "@/lib/domain/application/status";
import { PIECE_KINDS } from "@/lib/domain/dossier/pieces";

const id = z.string().min(1).max(40);
const version = z.number().int().positive();

export const ZPieceReview = z
  .object({
    applicationId: id,
    version,
    kind: z.enum(PIECE_KINDS),
    decision: z.enum(["accept", "replace"]),
    comment: z.string().trim().max(2000, "validation.tooLong").optional().default(""),
  })
  .refine((review) => review.decision === "accept" || review.comment.length > 0, { path: ["comment"], message: "validation.commentRequired" });
export type TPieceReview = z.input<typeof ZPieceReview>;

export const ZDecision = z.object({
  applicationId: id,
  version,
  to: z.enum(APPLICATION_STATUSES),
  reason: z.string().trim().max(2000, "validation.tooLong").optional().default(""),
});
export type TDecision = z.input<typeof ZDecision>;

export const ZNote = z.object({
  applicationId: id,
  body: z.string().trim().min(1, "validation.required").max(5000, "validation.tooLong"),
});
export type TNote = z.input<typeof ZNote>;
