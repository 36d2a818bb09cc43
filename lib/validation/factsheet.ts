import { z } from "zod";
import { CEFR_LEVELS } from "@/lib/domain/languages";

const text = (max = 2000) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const localized = (max = 2000) => z.object({ fr: text(max), en: text(max) });
const email = z.string().trim().email("validation.email");
const url = z.string().trim().url("validation.url");
const phone = z.string().trim().regex(/^\+?[0-9 ().-]{6,30}$/, "validation.phone");
const monthDay = z.string().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "validation.monthDay");
const contact = z.object({ email, phone, website: url });

/** The EWP factsheet's predefined names for additional requirements. */
export const EWP_REQUIREMENTS = ["CV", "Motivation letter", "Transcript of Records", "Language certificate", "Reference letter", "Portfolio", "Other document"] as const;

/**
 * The host school's fact sheet, structured after its seed document and the
 * EWP factsheet API; the information page, the JSON API, the application
 * deadlines and the acceptance letter all read it.
 */
export const ZFactSheet = z.object({
  institution: z.object({
    name: text(200),
    erasmusCode: text(30),
    website: url,
    address: text(500),
    countryCode: z.string().length(2),
    timeZone: text(60),
  }),
  contacts: z.object({
    coordinatorName: text(120),
    coordinatorEmail: email,
    incomingEmail: email,
    phone,
  }),
  applicationInfo: contact,
  housingInfo: contact,
  visaInfo: contact,
  insuranceInfo: contact,
  courses: z
    .array(z.object({ name: localized(200), languages: z.array(z.enum(["fr", "en"])).min(1, "validation.atLeastOneLanguage") }))
    .min(1, "validation.required")
    .max(50),
  master: z.object({ name: localized(200), website: url, noFeesForExchange: z.boolean() }),
  semesters: z.object({ autumn: localized(200), spring: localized(200) }),
  deadlines: z.object({ autumn: monthDay, spring: monthDay }),
  minimumStay: localized(),
  applicationRequirements: z.array(z.enum(EWP_REQUIREMENTS)).min(1, "validation.required"),
  languageRequirements: z
    .array(z.object({ language: z.enum(["fr", "en"]), minimumLevel: z.enum(CEFR_LEVELS), recommendedLevel: z.enum(CEFR_LEVELS), certificateRequired: z.boolean() }))
    .max(5),
  frenchLessons: localized(),
  exams: localized(),
  gradingScale: z.array(z.object({ grade: z.enum(["A", "B", "C", "D", "E", "F"]), label: localized(60), passing: z.boolean() })).length(6),
  resits: localized(),
  creditsPerSemester: z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.outOfRange").max(60, "validation.outOfRange"),
  accommodation: z
    .object({
      name: text(200),
      monthlyCostMin: z.coerce.number({ error: "validation.number" }).int("validation.number").min(0, "validation.outOfRange").max(5000, "validation.outOfRange"),
      monthlyCostMax: z.coerce.number({ error: "validation.number" }).int("validation.number").min(0, "validation.outOfRange").max(5000, "validation.outOfRange"),
      website: url,
    })
    .refine((a) => a.monthlyCostMax >= a.monthlyCostMin, { path: ["monthlyCostMax"], message: "validation.maxBelowMin" }),
  insurance: z
    .array(z.object({ name: localized(120), description: localized(), yearlyCostEur: z.coerce.number({ error: "validation.number" }).min(0, "validation.outOfRange").max(10_000, "validation.outOfRange").nullable() }))
    .max(10),
  decisionWeeksLimit: z.coerce.number({ error: "validation.number" }).int("validation.number").min(1, "validation.outOfRange").max(52, "validation.outOfRange"),
});
export type TFactSheet = z.output<typeof ZFactSheet>;
export type TFactSheetInput = z.input<typeof ZFactSheet>;

export const ZSaveFactSheet = z.object({ version: z.number().int().positive(), content: ZFactSheet });
