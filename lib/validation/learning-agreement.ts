import { z } from "zod";
import { COMPONENT_TABLES, DELETION_REASONS, INSERTION_REASONS, TERMS } from "@/lib/domain/learning-agreement/content";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const text = (max: number) => z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "validation.month");

export const ZComponent = z.object({
  id: z.string().min(1).max(40),
  losCode: text(40),
  title: text(200),
  term: z.enum(TERMS),
  credits: z.coerce.number({ error: "validation.number" }).min(0.5, "validation.outOfRange").max(60, "validation.outOfRange"),
  recognitionConditions: z.string().trim().max(500, "validation.tooLong").optional(),
});

/** A learning agreement version's content; the student's editor and the server share it. */
export const ZLearningAgreementContent = z.object({
  mobility: z.object({
    academicYear: z.string().regex(/^\d{4}-\d{4}$/, "validation.invalid"),
    receivingDepartment: text(200),
    plannedStartMonth: month,
    plannedEndMonth: month,
    sendingContact: z.object({ name: text(120), email: z.string().trim().email("validation.email") }),
    receivingContact: z.object({ name: text(120), email: z.string().trim().email("validation.email") }),
  }),
  language: z.object({ code: z.enum(LANGUAGE_CODES), level: z.enum(CEFR_LEVELS) }),
  components: z.object({
    studied: z.array(ZComponent).max(30),
    recognized: z.array(ZComponent).max(30),
    virtual: z.array(ZComponent).max(10),
  }),
  recognitionCommitment: text(2000),
});
export type TLearningAgreementContent = z.output<typeof ZLearningAgreementContent>;
export type TLearningAgreementContentInput = z.input<typeof ZLearningAgreementContent>;

export const ZSaveAgreementDraft = z.object({
  applicationId: z.string().min(1).max(40),
  revision: z.number().int().nonnegative(),
  content: ZLearningAgreementContent,
});

export const ZProposeVersion = z.object({ applicationId: z.string().min(1).max(40), versionId: z.string().min(1).max(40), revision: z.number().int().positive() });

export const ZSignVersion = z.object({ versionId: z.string().min(1).max(40), seenHash: z.string().regex(/^[0-9a-f]{64}$/) });

export const ZRejectVersion = z.object({
  versionId: z.string().min(1).max(40),
  seenHash: z.string().regex(/^[0-9a-f]{64}$/),
  comment: text(2000),
});

export const ZHostSignature = z.object({
  token: z.string().min(20).max(100),
  seenHash: z.string().regex(/^[0-9a-f]{64}$/),
  signerName: text(120),
  signerPosition: text(120),
});

export const ZHostRejection = z.object({
  token: z.string().min(20).max(100),
  seenHash: z.string().regex(/^[0-9a-f]{64}$/),
  signerName: text(120),
  comment: text(2000),
});

export const ZComponentChange = z.discriminatedUnion("op", [
  z.object({ op: z.literal("deleted"), table: z.enum(COMPONENT_TABLES), componentId: z.string().min(1).max(40), reasonCode: z.enum(DELETION_REASONS), reasonText: z.string().trim().max(500).default("") }),
  z.object({ op: z.literal("inserted"), table: z.enum(COMPONENT_TABLES), component: ZComponent, reasonCode: z.enum(INSERTION_REASONS), reasonText: z.string().trim().max(500).default("") }),
]);

export const ZProposeChanges = z.object({
  applicationId: z.string().min(1).max(40),
  changes: z.array(ZComponentChange).min(1, "validation.atLeastOneChange").max(20),
});
export type TProposeChanges = z.input<typeof ZProposeChanges>;
