import { V } from "./messages";
import { emailAddress, line, recordId } from "./text";
import { z } from "zod";
import { LANGUAGE_CODES } from "@/lib/domain/languages";
import { INSTITUTION_FIELDS, text } from "./institution";

export const PARTNER_CONTACT_ROLES = ["INSTITUTIONAL_COORDINATOR", "DEPARTMENTAL_COORDINATOR", "INCOMING_OFFICE"] as const;

const ZPartnerContact = z.object({
  name: text(120),
  email: emailAddress(),
  role: z.enum(PARTNER_CONTACT_ROLES, { error: V.required }),
  locale: z.enum(["fr", "en"], { error: V.required }),
});

/**
 * A partner institution as the international office registers it, with the
 * people there whom the portal may write to. Languages are typed as a list
 * ("en, sv"), each an ISO 639-1 code the portal knows.
 */
export const ZPartner = z.object({
  /** Absent for a new partner; with the version the office read, for an edit. */
  id: recordId().optional(),
  version: z.number().int().positive().optional(),
  ...INSTITUTION_FIELDS,
  languagesOfInstruction: line()
    .max(200, V.tooLong)
    .transform((typed) => [
      ...new Set(
        typed
          .toLowerCase()
          .split(/[\s,;]+/)
          .filter(Boolean),
      ),
    ])
    .refine((codes) => codes.length > 0, V.atLeastOneLanguage)
    .refine((codes) => codes.every((code) => (LANGUAGE_CODES as readonly string[]).includes(code)), V.languageList),
  contacts: z
    .array(ZPartnerContact)
    .max(30, V.tooLong)
    .superRefine((contacts, ctx) => {
      const seen = new Set<string>();
      contacts.forEach((contact, index) => {
        if (seen.has(contact.email)) ctx.addIssue({ code: "custom", message: V.duplicateEmail, path: [index, "email"] });
        seen.add(contact.email);
      });
    }),
});
export type TPartner = z.output<typeof ZPartner>;
export type TPartnerInput = z.input<typeof ZPartner>;

/** The partners' CSV file, read in the browser and sent as text (2 MB is far more than 5,000 lines). */
export const ZPartnerImport = z.object({ csv: z.string({ error: V.required }).min(1, V.required).max(2_000_000, V.csvTooLarge) });
