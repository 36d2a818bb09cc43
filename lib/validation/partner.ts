import { V } from "./messages";
import { emailAddress, erasmusCode, line, recordId, webAddress } from "./text";
import { z } from "zod";
import { isCountryCode } from "@/lib/domain/eligibility/countries";
import { LANGUAGE_CODES } from "@/lib/domain/languages";
import { isSchacCode, normalizeSchacCode } from "@/lib/domain/partner/codes";

export const PARTNER_CONTACT_ROLES = ["INSTITUTIONAL_COORDINATOR", "DEPARTMENTAL_COORDINATOR", "INCOMING_OFFICE"] as const;

const text = (max: number) => line().trim().min(1, V.required).max(max, V.tooLong);

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
  name: text(200),
  erasmusCode: erasmusCode(),
  schacCode: line()
    .transform(normalizeSchacCode)
    .refine((code) => code === "" || isSchacCode(code), V.schacCode),
  countryCode: line().refine(isCountryCode, V.unknownCountry),
  city: text(120),
  website: z.union([z.literal(""), webAddress()]),
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
