import { V } from "./messages";
import { isoDate as isoDateText, line, prose, recordId } from "./text";
import { z } from "zod";
import { checkIban, isValidBic } from "@/lib/domain/iban";
import { durationRule } from "@/lib/domain/eligibility/rules";
import { NATIONALITY_FIELDS, refineNationality } from "./eligibility";
import { RECOGNITION_ANSWERS } from "@/lib/domain/eligibility/types";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const isoDate = isoDateText();
const required = (max: number) => line().trim().min(1, V.required).max(max, V.tooLong);
const yesNo = z.boolean({ error: V.required });
const integer = (min: number, max: number) => z.coerce.number({ error: V.number }).int(V.number).min(min, V.outOfRange).max(max, V.outOfRange);

export const ZPersonalStep = z.object({
  firstName: required(80),
  lastName: required(80),
  birthDate: isoDate.refine((d) => d >= "1920-01-01" && d <= new Date().toISOString().slice(0, 10), V.birthDate),
  phone: line()
    .trim()
    .max(30, V.tooLong)
    .regex(/^[+0-9 ().-]*$/, V.phone)
    .optional()
    .default(""),
});

export const ZNationalityStep = z.object(NATIONALITY_FIELDS).superRefine(refineNationality, { when: () => true });

export const ZStudiesStep = z.object({
  programmeId: line().min(1, V.required).max(40),
  yearOfStudy: integer(1, 8),
  creditsCompleted: integer(0, 600),
  scholarshipHolder: yesNo,
  otherEuGrant: yesNo,
  fullRecognition: z.enum(RECOGNITION_ANSWERS, { error: V.required }),
});

const ZDestinationChoice = z
  .object({
    partnerInstitutionId: line().min(1, V.required).max(40),
    semesters: z.array(z.enum(["AUTUMN", "SPRING"])).min(1, V.semesters),
    startDate: isoDate,
    endDate: isoDate,
  })
  .superRefine((choice, ctx) => {
    const outcome = durationRule({ studyStart: choice.startDate, studyEnd: choice.endDate });
    if (outcome.status === "not_met") ctx.addIssue({ code: "custom", path: ["endDate"], message: `eligibility.reasons.${outcome.reason}` });
  });

export const ZDestinationsStep = z.object({
  choices: z
    .array(ZDestinationChoice)
    .min(1, V.atLeastOneChoice)
    .max(3, V.atMostThreeChoices)
    .superRefine((choices, ctx) => {
      const seen = new Set<string>();
      choices.forEach((choice, index) => {
        if (seen.has(choice.partnerInstitutionId)) {
          ctx.addIssue({ code: "custom", path: [index, "partnerInstitutionId"], message: V.duplicateChoice });
        }
        seen.add(choice.partnerInstitutionId);
      });
    }),
});

export const ZLanguagesStep = z.object({
  languages: z
    .array(z.object({ language: z.enum(LANGUAGE_CODES, { error: V.required }), level: z.enum(CEFR_LEVELS, { error: V.required }) }))
    .min(1, V.atLeastOneLanguage)
    .max(8, V.tooLong)
    .superRefine((languages, ctx) => {
      const seen = new Set<string>();
      languages.forEach((entry, index) => {
        if (seen.has(entry.language)) ctx.addIssue({ code: "custom", path: [index, "language"], message: V.duplicateLanguage });
        seen.add(entry.language);
      });
    }),
});

export const ZMotivationStep = z.object({
  motivation: prose().trim().min(200, V.motivationTooShort).max(5000, V.tooLong),
});

/** The steps of the application form, in order; each has its own schema, shared by the form and the server. */
export const APPLICATION_STEPS = {
  personal: ZPersonalStep,
  nationality: ZNationalityStep,
  studies: ZStudiesStep,
  destinations: ZDestinationsStep,
  languages: ZLanguagesStep,
  motivation: ZMotivationStep,
} as const;
export type ApplicationStepKey = keyof typeof APPLICATION_STEPS;
export const STEP_ORDER = Object.keys(APPLICATION_STEPS) as ApplicationStepKey[];

export type TDestinationsStep = z.output<typeof ZDestinationsStep>;
export type TLanguagesStep = z.output<typeof ZLanguagesStep>;

/** What the browser sends when it saves a draft: the raw values of one step, checked for shape and size only. */
export const ZSaveDraft = z.object({
  applicationId: recordId(),
  version: z.number().int().positive(),
  step: z.enum(STEP_ORDER as [ApplicationStepKey, ...ApplicationStepKey[]]),
  values: z.record(line(), z.unknown()).refine((v) => JSON.stringify(v).length <= 20_000, V.tooLong),
  advance: z.boolean(),
});
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

export const ZSubmitApplication = z.object({
  applicationId: recordId(),
  version: z.number().int().positive(),
});

export const ZStartApplication = z.object({ roundId: recordId() });

export const ZBankDetails = z.object({
  applicationId: recordId(),
  holderName: required(120),
  iban: line()
    .trim()
    .min(1, V.required)
    .max(50, V.iban)
    .refine((iban) => checkIban(iban).ok, V.iban),
  bic: line().trim().min(1, V.required).max(15, V.bic).refine(isValidBic, V.bic),
});
export type TBankDetails = z.infer<typeof ZBankDetails>;
