import { z } from "zod";
import { isIsoDate } from "@/lib/domain/calendar";
import { checkIban, isValidBic } from "@/lib/domain/iban";
import { durationRule } from "@/lib/domain/eligibility/rules";
import { isCountryCode } from "@/lib/domain/eligibility/countries";
import { RECOGNITION_ANSWERS, RESIDENCE_STATUSES } from "@/lib/domain/eligibility/types";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const isoDate = z.string({ error: "validation.required" }).min(1, "validation.required").refine(isIsoDate, "validation.date");
const required = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");
const yesNo = z.boolean({ error: "validation.required" });
const integer = (min: number, max: number) =>
  z.coerce.number({ error: "validation.number" }).int("validation.number").min(min, "validation.outOfRange").max(max, "validation.outOfRange");

export const ZPersonalStep = z.object({
  firstName: required(80),
  lastName: required(80),
  birthDate: isoDate.refine((d) => d >= "1920-01-01" && d <= new Date().toISOString().slice(0, 10), "validation.birthDate"),
  phone: z.string().trim().max(30, "validation.tooLong").regex(/^[+0-9 ().-]*$/, "validation.phone").optional().default(""),
});

export const ZNationalityStep = z.object({
  nationality: z.string({ error: "validation.required" }).trim().toUpperCase().min(1, "validation.required").refine(isCountryCode, "validation.unknownCountry"),
  residenceStatus: z.enum(RESIDENCE_STATUSES, { error: "validation.required" }).default("none"),
});

export const ZStudiesStep = z.object({
  programmeId: z.string({ error: "validation.required" }).min(1, "validation.required").max(40),
  yearOfStudy: integer(1, 8),
  creditsCompleted: integer(0, 600),
  scholarshipHolder: yesNo,
  otherEuGrant: yesNo,
  fullRecognition: z.enum(RECOGNITION_ANSWERS, { error: "validation.required" }),
});

export const ZDestinationChoice = z
  .object({
    partnerInstitutionId: z.string({ error: "validation.required" }).min(1, "validation.required").max(40),
    semesters: z.array(z.enum(["AUTUMN", "SPRING"])).min(1, "validation.semesters"),
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
    .min(1, "validation.atLeastOneChoice")
    .max(3, "validation.atMostThreeChoices")
    .superRefine((choices, ctx) => {
      const seen = new Set<string>();
      choices.forEach((choice, index) => {
        if (seen.has(choice.partnerInstitutionId)) {
          ctx.addIssue({ code: "custom", path: [index, "partnerInstitutionId"], message: "validation.duplicateChoice" });
        }
        seen.add(choice.partnerInstitutionId);
      });
    }),
});

export const ZLanguagesStep = z.object({
  languages: z
    .array(z.object({ language: z.enum(LANGUAGE_CODES, { error: "validation.required" }), level: z.enum(CEFR_LEVELS, { error: "validation.required" }) }))
    .min(1, "validation.atLeastOneLanguage")
    .max(8, "validation.tooLong")
    .superRefine((languages, ctx) => {
      const seen = new Set<string>();
      languages.forEach((entry, index) => {
        if (seen.has(entry.language)) ctx.addIssue({ code: "custom", path: [index, "language"], message: "validation.duplicateLanguage" });
        seen.add(entry.language);
      });
    }),
});

export const ZMotivationStep = z.object({
  motivation: z.string({ error: "validation.required" }).trim().min(200, "validation.motivationTooShort").max(5000, "validation.tooLong"),
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

export type TPersonalStep = z.output<typeof ZPersonalStep>;
export type TNationalityStep = z.output<typeof ZNationalityStep>;
export type TStudiesStep = z.output<typeof ZStudiesStep>;
export type TDestinationsStep = z.output<typeof ZDestinationsStep>;
export type TLanguagesStep = z.output<typeof ZLanguagesStep>;
export type TMotivationStep = z.output<typeof ZMotivationStep>;

/** What the browser sends when it saves a draft: the raw values of one step, checked for shape and size only. */
export const ZSaveDraft = z.object({
  applicationId: z.string().min(1).max(40),
  version: z.number().int().positive(),
  step: z.enum(STEP_ORDER as [ApplicationStepKey, ...ApplicationStepKey[]]),
  values: z.record(z.string(), z.unknown()).refine((v) => JSON.stringify(v).length <= 20_000, "validation.tooLong"),
  advance: z.boolean(),
});
export type TSaveDraft = z.infer<typeof ZSaveDraft>;

export const ZSubmitApplication = z.object({
  applicationId: z.string().min(1).max(40),
  version: z.number().int().positive(),
});

export const ZStartApplication = z.object({ roundId: z.string().min(1).max(40) });

export const ZBankDetails = z.object({
  applicationId: z.string().min(1).max(40),
  holderName: required(120),
  iban: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(50, "validation.iban")
    .refine((iban) => checkIban(iban).ok, "validation.iban"),
  bic: z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(15, "validation.bic")
    .refine(isValidBic, "validation.bic"),
});
export type TBankDetails = z.infer<typeof ZBankDetails>;
