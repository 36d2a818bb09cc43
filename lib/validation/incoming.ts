import { V } from "./messages";
import { emailAddress, erasmusCode, line, prose, recordId } from "./text";
import { z } from "zod";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";

const text = (max: number) => line().trim().min(1, V.required).max(max, V.tooLong);

/** An incoming student's application: the items the seed's e-mail procedure asked for, and the intake chosen. */
export const ZIncomingApplication = z.object({
  firstName: text(80),
  lastName: text(80),
  email: emailAddress(),
  homeInstitution: text(200),
  homeErasmusCode: erasmusCode(),
  fieldOfStudy: text(200),
  intake: line().regex(/^(AUTUMN|SPRING):\d{4}-\d{4}$/, V.required),
  languages: z
    .array(z.object({ language: z.enum(LANGUAGE_CODES, { error: V.required }), level: z.enum(CEFR_LEVELS, { error: V.required }) }))
    .min(1, V.atLeastOneLanguage)
    .max(8, V.tooLong),
});
export type TIncomingApplication = z.output<typeof ZIncomingApplication>;
export type TIncomingApplicationInput = z.input<typeof ZIncomingApplication>;

export const ZIncomingDecision = z.object({
  applicationId: recordId(),
  version: z.number().int().positive(),
  decision: z.enum(["ACCEPTED", "DECLINED"]),
  message: prose().trim().max(3000, V.tooLong).optional().default(""),
});
