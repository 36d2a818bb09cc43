import { z } from "zod";
import { V } from "./messages";
import { line } from "./text";

/** One grade of a grading table and how many passing students received it. */
const ZGradeCount = z.object({
  grade: line().trim().min(1, V.required).max(30, V.tooLong),
  count: z.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(100_000_000, V.outOfRange),
});

/** A grading table, best grade first: at least one grade, each once, one passing student at least. */
export const ZGradingTable = z
  .array(ZGradeCount, { error: V.gradingTableEmpty })
  .min(1, V.gradingTableEmpty)
  .max(100, V.outOfRange)
  .superRefine((rows, ctx) => {
    rows.forEach((row, index) => {
      if (rows.findIndex((other) => other.grade === row.grade) !== index) ctx.addIssue({ code: "custom", message: V.duplicateGrade, path: [index, "grade"] });
    });
    if (rows.length > 0 && rows.every((row) => row.count === 0)) ctx.addIssue({ code: "custom", message: V.gradingTableAllZero });
  });

/** `POST /api/v1/grade-conversion`: see README "Grade conversion API". */
export const ZGradeConversionRequest = z
  .object({ from: ZGradingTable, to: ZGradingTable, grade: line().trim().min(1, V.required).max(30, V.tooLong) })
  .superRefine((request, ctx) => {
    if (!request.from.some((row) => row.grade === request.grade)) ctx.addIssue({ code: "custom", message: V.unknownGrade, path: ["grade"] });
  });
