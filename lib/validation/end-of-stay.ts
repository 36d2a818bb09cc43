import { z } from "zod";
import { V } from "./messages";
import { isoDate, line, prose, recordId } from "./text";
import { isIsoDate } from "@/lib/domain/calendar";
import { gradingTableProblem, type GradingTableProblem } from "@/lib/domain/recognition/grade-conversion";
import { parseGradeLines } from "@/lib/domain/recognition/grading-table-csv";

const GRADING_TABLE_MESSAGE: Record<GradingTableProblem, (typeof V)[keyof typeof V]> = {
  empty: V.gradingTableEmpty,
  negative_or_fractional_count: V.gradeLines,
  duplicate_grade: V.duplicateGrade,
  all_zero: V.gradingTableAllZero,
};

const signerName = line().trim().min(2, V.required).max(120, V.tooLong);
const credits = z.coerce.number({ error: V.number }).min(0, V.outOfRange).max(90, V.outOfRange);
const grade = line().trim().min(1, V.required).max(30, V.tooLong);

/** Who acts for the host: the link's token, or (empty) the signed-in host coordinator. */
const hostAuthority = { token: line().max(100, V.invalid), applicationId: recordId() };

/** The home coordinator asks the host, through one of its registered people, for the attendance or the transcript. */
export const ZAskHost = z.object({
  applicationId: recordId(),
  request: z.enum(["ATTENDANCE", "TRANSCRIPT"]),
  hostRecipient: line().min(1, V.required).max(80),
});

const days = {
  firstDay: isoDate(),
  lastDay: isoDate(),
};
const daysInOrder = (value: { firstDay: string; lastDay: string }, ctx: z.RefinementCtx) => {
  if (isIsoDate(value.firstDay) && isIsoDate(value.lastDay) && value.lastDay < value.firstDay)
    ctx.addIssue({ code: "custom", message: V.endBeforeStart, path: ["lastDay"] });
};

/** The certificate of attendance: the stay's actual first and last days, confirmed by the host. */
export const ZAttendance = z.object({ ...hostAuthority, ...days, signerName }).superRefine(daysInOrder);
export type TAttendance = z.output<typeof ZAttendance>;

/** The days the home coordinator reads off the student's accepted scan. */
export const ZAttendanceFromScan = z.object({ applicationId: recordId(), ...days }).superRefine(daysInOrder);

const ZTranscriptEntry = z.object({
  // Empty for a component added during the stay.
  componentId: line().max(60),
  losCode: line().trim().max(40, V.tooLong),
  title: line().trim().min(1, V.required).max(200, V.tooLong),
  grade,
  creditsObtained: credits,
  passed: z.boolean(),
});

/** The host's transcript of records: a line per component of table A, and those added during the stay. */
export const ZTranscript = z.object({
  ...hostAuthority,
  signerName,
  entries: z.array(ZTranscriptEntry).min(1, V.required).max(60, V.outOfRange),
});
export type TTranscript = z.output<typeof ZTranscript>;

export const ZLongerStayAmendment = z.object({ applicationId: recordId() });

/** The office's grading table: the grades best first, one `grade;count` line each, as a spreadsheet exports them. */
export const ZGradingTableForm = z.object({
  owner: line().min(1, V.required).max(40),
  eqfLevel: z.coerce.number({ error: V.eqfLevel }).int(V.eqfLevel).min(6, V.eqfLevel).max(8, V.eqfLevel),
  iscedCode: line()
    .trim()
    .regex(/^\d{4}$/, V.iscedCode),
  grades: prose()
    .max(20_000, V.tooLong)
    .superRefine((text, ctx) => {
      const parsed = parseGradeLines(text);
      if (!parsed.ok) return ctx.addIssue({ code: "custom", message: V.gradeLines });
      const problem = gradingTableProblem(parsed.rows);
      if (problem) ctx.addIssue({ code: "custom", message: GRADING_TABLE_MESSAGE[problem] });
    }),
});
export type TGradingTableForm = z.output<typeof ZGradingTableForm>;

const ZRecognitionEntry = z
  .object({
    componentId: line().min(1).max(60),
    creditsRecognised: credits,
    // Given by the grading tables when converted; typed, with its reason, when entered by hand.
    homeGrade: line().trim().max(30, V.tooLong),
    foreignGrade: line().trim().min(1, V.required).max(30, V.tooLong),
    method: z.enum(["table", "manual"]),
    reason: prose().trim().max(1000, V.tooLong),
  })
  .superRefine((entry, ctx) => {
    if (entry.method !== "manual") return;
    if (!entry.homeGrade) ctx.addIssue({ code: "custom", message: V.required, path: ["homeGrade"] });
    if (!entry.reason) ctx.addIssue({ code: "custom", message: V.required, path: ["reason"] });
  });

/** The home coordinator's recognition: per component of table B, credits and home grade; a reason for any shortfall. */
export const ZRecognition = z.object({
  applicationId: recordId(),
  entries: z.array(ZRecognitionEntry).min(1, V.required).max(60, V.outOfRange),
  shortfallReason: prose().trim().max(2000, V.tooLong),
});
export type TRecognition = z.output<typeof ZRecognition>;
