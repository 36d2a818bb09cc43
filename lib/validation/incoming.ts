import { z } from "zod";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const text = (max: number) => z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

/** An incoming student's application: the items the seed's e-mail procedure asked for, and the intake chosen. */
export const ZIncomingApplication = z.object({
  firstName: text(80),
  lastName: text(80),
  email: z.string({ error: "validation.required" }).trim().toLowerCase().email("validation.email").max(254, "validation.tooLong"),
  homeInstitution: text(200),
  homeErasmusCode: z
    .string({ error: "validation.required" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{1,3}[ -]?[A-Z0-9 -]{2,20}\d{2}$/, "validation.erasmusCode"),
  fieldOfStudy: text(200),
  intake: z.string({ error: "validation.required" }).regex(/^(AUTUMN|SPRING):\d{4}-\d{4}$/, "validation.required"),
  languages: z
    .array(z.object({ language: z.enum(LANGUAGE_CODES, { error: "validation.required" }), level: z.enum(CEFR_LEVELS, { error: "validation.required" }) }))
    .min(1, "validation.atLeastOneLanguage")
    .max(8, "validation.tooLong"),
});
export type TIncomingApplication = z.output<typeof ZIncomingApplication>;
export type TIncomingApplicationInput = z.input<typeof ZIncomingApplication>;

export const ZIncomingDecision = z.object({
  applicationId: z.string().min(1).max(40),
  version: z.number().int().positive(),
  decision: z.enum(["ACCEPTED", "DECLINED"]),
  message: z.string().trim().max(3000, "validation.tooLong").optional().default(""),
});
export type TIncomingDecision = z.input<typeof ZIncomingDecision>;
