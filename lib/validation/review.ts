import { V } from "./messages";
import { prose, recordId } from "./text";
import { z } from "zod";
import { APPLICATION_STATUSES } from "@/lib/domain/application/status";
import { PIECE_KINDS } from "@/lib/domain/dossier/pieces";

const id = recordId();
const version = z.number().int().positive();

export const ZPieceReview = z
  .object({
    applicationId: id,
    version,
    kind: z.enum(PIECE_KINDS),
    decision: z.enum(["accept", "replace"]),
    comment: prose().trim().max(2000, V.tooLong).optional().default(""),
  })
  .refine((review) => review.decision === "accept" || review.comment.length > 0, { path: ["comment"], message: V.commentRequired });

export const ZDecision = z.object({
  applicationId: id,
  version,
  to: z.enum(APPLICATION_STATUSES),
  reason: prose().trim().max(2000, V.tooLong).optional().default(""),
});

export const ZNote = z.object({
  applicationId: id,
  body: prose().trim().min(1, V.required).max(5000, V.tooLong),
});
