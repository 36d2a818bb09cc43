import { V } from "./messages";
import { line, prose, recordId } from "./text";
import { z } from "zod";
import { COMPONENT_TABLES, DELETION_REASONS, INSERTION_REASONS, TERMS } from "@/lib/domain/learning-agreement/content";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const text = (max: number) => line().trim().min(1, V.required).max(max, V.tooLong);
const paragraph = (max: number) => prose().trim().min(1, V.required).max(max, V.tooLong);
const month = line().regex(/^\d{4}-(0[1-9]|1[0-2])$/, V.month);

const ZComponent = z.object({
  id: recordId(),
  losCode: text(40),
  title: text(200),
  term: z.enum(TERMS),
  credits: z.coerce.number({ error: V.number }).min(0.5, V.outOfRange).max(60, V.outOfRange),
  recognitionConditions: line().trim().max(500, V.tooLong).optional(),
});

/** A learning agreement version's content; the student's editor and the server share it. */
export const ZLearningAgreementContent = z.object({
  mobility: z.object({
    academicYear: line().regex(/^\d{4}-\d{4}$/, V.invalid),
    receivingDepartment: text(200),
    plannedStartMonth: month,
    plannedEndMonth: month,
    sendingContact: z.object({ name: text(120), email: line().trim().email(V.email) }),
    receivingContact: z.object({ name: text(120), email: line().trim().email(V.email) }),
  }),
  language: z.object({ code: z.enum(LANGUAGE_CODES), level: z.enum(CEFR_LEVELS) }),
  components: z.object({
    studied: z.array(ZComponent).max(30),
    recognized: z.array(ZComponent).max(30),
    virtual: z.array(ZComponent).max(10),
  }),
  recognitionCommitment: paragraph(2000),
});
export type TLearningAgreementContent = z.output<typeof ZLearningAgreementContent>;
export type TLearningAgreementContentInput = z.input<typeof ZLearningAgreementContent>;

export const ZSaveAgreementDraft = z.object({
  applicationId: recordId(),
  revision: z.number().int().nonnegative(),
  content: ZLearningAgreementContent,
});

export const ZProposeVersion = z.object({ applicationId: recordId(), versionId: recordId(), revision: z.number().int().positive() });

export const ZSignVersion = z.object({ versionId: recordId(), seenHash: line().regex(/^[0-9a-f]{64}$/) });

/** A host recipient's key (`contact:<id>`, `account:<id>`); the server checks it is one of the partner's registered people. */
const hostRecipient = line().max(60, V.invalid);

/** The home coordinator's signature, with whom the host's signing link goes to when the host has yet to sign. */
export const ZSendingSignature = ZSignVersion.extend({ hostRecipient: hostRecipient.default("") });

export const ZRejectVersion = z.object({
  versionId: recordId(),
  seenHash: line().regex(/^[0-9a-f]{64}$/),
  comment: paragraph(2000),
});

export const ZHostSignature = z.object({
  token: line().min(20).max(100),
  seenHash: line().regex(/^[0-9a-f]{64}$/),
  signerName: text(120),
  signerPosition: text(120),
});

export const ZHostRejection = z.object({
  token: line().min(20).max(100),
  seenHash: line().regex(/^[0-9a-f]{64}$/),
  signerName: text(120),
  comment: paragraph(2000),
});

const ZComponentChange = z.discriminatedUnion("op", [
  z.object({
    op: z.literal("deleted"),
    table: z.enum(COMPONENT_TABLES),
    componentId: recordId(),
    reasonCode: z.enum(DELETION_REASONS),
    reasonText: line().trim().max(500).default(""),
  }),
  z.object({
    op: z.literal("inserted"),
    table: z.enum(COMPONENT_TABLES),
    component: ZComponent,
    reasonCode: z.enum(INSERTION_REASONS),
    reasonText: line().trim().max(500).default(""),
  }),
]);

export const ZProposeChanges = z.object({
  applicationId: recordId(),
  changes: z.array(ZComponentChange).min(1, V.atLeastOneChange).max(20),
});

/**
 * The signing panel's fields, checked in the browser by the part of the
 * action's own schema that the signer types: the host names themselves; a
 * rejection needs a comment.
 */
export const SIGNER_FIELDS = {
  host: { sign: ZHostSignature.pick({ signerName: true, signerPosition: true }), reject: ZHostRejection.pick({ signerName: true, comment: true }) },
  sending: { sign: z.object({ hostRecipient: line() }), reject: ZRejectVersion.pick({ comment: true }) },
} as const;
export type TSignerFields = { signerName: string; signerPosition: string; comment: string; hostRecipient: string };

export const ZDeleteAgreement = z.object({ applicationId: recordId() });
export const ZReinviteHost = z.object({ versionId: recordId(), hostRecipient: hostRecipient.min(1, V.required) });
export const ZRevokeInvitation = z.object({ invitationId: recordId() });
