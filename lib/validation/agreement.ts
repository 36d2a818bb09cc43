import { V } from "./messages";
import { line, recordId } from "./text";
import { z } from "zod";
import { isIscedCode, EQF_LEVELS } from "@/lib/domain/programme";
import { isAcademicYear } from "@/lib/domain/round";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";
import { AGREEMENT_STATUSES, COOPERATION_DIRECTIONS } from "@/lib/domain/agreement";

const academicYear = line().trim().refine(isAcademicYear, V.academicYear);
const count = (max: number) => z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(max, V.outOfRange);

/** A subject area, ISCED-F 2013. */
export const ZIscedCode = line().trim().refine(isIscedCode, V.iscedCode);
/** EQF levels: a group of checkboxes, so a list of the ticked values ("6", "7"), or false when none is. */
export const ZEqfLevels = z.preprocess(
  (ticked) => (Array.isArray(ticked) ? ticked : ticked ? [ticked] : []),
  z.array(z.coerce.number().pipe(z.union(EQF_LEVELS.map((l) => z.literal(l)) as [z.ZodLiteral<6>, z.ZodLiteral<7>, z.ZodLiteral<8>]))).min(1, V.eqfLevels),
);

const ZCooperationCondition = z
  .object({
    direction: z.enum(COOPERATION_DIRECTIONS, { error: V.required }),
    iscedCode: ZIscedCode,
    eqfLevels: ZEqfLevels,
    studentsPerYear: count(99),
    monthsPerStudent: count(12).refine((months) => months >= 1, V.outOfRange),
    languageCode: z.union([z.literal(""), z.enum(LANGUAGE_CODES, { error: V.languageList })]),
    languageLevel: z.union([z.literal(""), z.enum(CEFR_LEVELS, { error: V.invalid })]),
    departmentId: z.union([z.literal(""), recordId()]),
  })
  .superRefine((condition, ctx) => {
    if (condition.languageCode && !condition.languageLevel) ctx.addIssue({ code: "custom", message: V.required, path: ["languageLevel"] });
  });

const yearOrder = (agreement: { firstAcademicYear: string; lastAcademicYear: string }, ctx: z.RefinementCtx) => {
  if (agreement.lastAcademicYear < agreement.firstAcademicYear) ctx.addIssue({ code: "custom", message: V.yearOrder, path: ["lastAcademicYear"] });
};

const AGREEMENT_TERMS = {
  firstAcademicYear: academicYear,
  lastAcademicYear: academicYear,
  status: z.enum(AGREEMENT_STATUSES, { error: V.required }),
  conditions: z.array(ZCooperationCondition).min(1, V.atLeastOneCondition).max(50, V.tooLong),
};

/** What an agreement says, whoever writes it down: the form, or a line group of the partners' CSV file. */
export const ZAgreementTerms = z.object(AGREEMENT_TERMS).superRefine(yearOrder);
export type TAgreementTermsInput = z.input<typeof ZAgreementTerms>;

/**
 * An inter-institutional agreement as the international office records it:
 * its years, its status, and its cooperation conditions (the whole list is
 * saved at once). An edit carries the version read.
 */
export const ZAgreement = z
  .object({ id: recordId().optional(), version: z.number().int().positive().optional(), partnerInstitutionId: recordId(), ...AGREEMENT_TERMS })
  .superRefine(yearOrder);
export type TAgreement = z.output<typeof ZAgreement>;
export type TAgreementInput = z.input<typeof ZAgreement>;

/** A new condition's starting values (a client module's constant would reach a server page only as a reference). */
export const NEW_CONDITION: TAgreementInput["conditions"][number] = {
  direction: "OUTGOING",
  iscedCode: "",
  eqfLevels: [],
  studentsPerYear: 1,
  monthsPerStudent: 5,
  languageCode: "",
  languageLevel: "",
  departmentId: "",
};
