import { V } from "./messages";
import { line, prose, recordId, webAddress } from "./text";
import { z } from "zod";
import { CEFR_LEVELS } from "@/lib/domain/languages";

// Office-written text, often several paragraphs.
const text = (max = 2000) => prose().trim().min(1, V.required).max(max, V.tooLong);
const localized = (max = 2000) => z.object({ fr: text(max), en: text(max) });
const email = line().trim().email(V.email);
const url = webAddress();
const phone = line()
  .trim()
  .regex(/^\+?[0-9 ().-]{6,30}$/, V.phone);
const monthDay = line().regex(/^--(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, V.monthDay);
const contact = z.object({ email, phone, website: url });

/** The EWP factsheet's predefined names for additional requirements. */
export const EWP_REQUIREMENTS = [
  "CV",
  "Motivation letter",
  "Transcript of Records",
  "Language certificate",
  "Reference letter",
  "Portfolio",
  "Other document",
] as const;

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
    countryCode: line().length(2),
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
    .array(z.object({ name: localized(200), languages: z.array(z.enum(["fr", "en"])).min(1, V.atLeastOneLanguage) }))
    .min(1, V.required)
    .max(50),
  master: z.object({ name: localized(200), website: url, noFeesForExchange: z.boolean() }),
  semesters: z.object({ autumn: localized(200), spring: localized(200) }),
  deadlines: z.object({ autumn: monthDay, spring: monthDay }),
  minimumStay: localized(),
  applicationRequirements: z.array(z.enum(EWP_REQUIREMENTS)).min(1, V.required),
  languageRequirements: z
    .array(
      z.object({ language: z.enum(["fr", "en"]), minimumLevel: z.enum(CEFR_LEVELS), recommendedLevel: z.enum(CEFR_LEVELS), certificateRequired: z.boolean() }),
    )
    .max(5),
  frenchLessons: localized(),
  exams: localized(),
  gradingScale: z.array(z.object({ grade: z.enum(["A", "B", "C", "D", "E", "F"]), label: localized(60), passing: z.boolean() })).length(6),
  resits: localized(),
  creditsPerSemester: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(60, V.outOfRange),
  accommodation: z
    .object({
      name: text(200),
      monthlyCostMin: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(5000, V.outOfRange),
      monthlyCostMax: z.coerce.number({ error: V.number }).int(V.number).min(0, V.outOfRange).max(5000, V.outOfRange),
      website: url,
    })
    .refine((a) => a.monthlyCostMax >= a.monthlyCostMin, { path: ["monthlyCostMax"], message: V.maxBelowMin }),
  insurance: z
    .array(
      z.object({
        name: localized(120),
        description: localized(),
        yearlyCostEur: z.coerce.number({ error: V.number }).min(0, V.outOfRange).max(10_000, V.outOfRange).nullable(),
      }),
    )
    .max(10),
  decisionWeeksLimit: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(52, V.outOfRange),
  // Weeks after the assessment within which the host sends the transcript of records (the Erasmus charter's five by default).
  torWeeksLimit: z.coerce.number({ error: V.number }).int(V.number).min(1, V.outOfRange).max(52, V.outOfRange).default(5),
});
export type TFactSheet = z.output<typeof ZFactSheet>;
export type TFactSheetInput = z.input<typeof ZFactSheet>;

export const ZSaveFactSheet = z.object({ id: recordId(), version: z.number().int().positive(), content: ZFactSheet });
