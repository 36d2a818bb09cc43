import { V } from "./messages";
import { line } from "./text";
import { z } from "zod";
import { isCountryCode } from "@/lib/domain/eligibility/countries";

/**
 * A round's settings the administrator edits: nationalities admitted on top
 * of the default list, typed as a list ("RS, MK TR") and each checked against
 * ISO 3166; and whether learning agreements need the international office's
 * approval before the home coordinator signs.
 */
export const ZRoundSettings = z.object({
  roundId: line().min(1),
  nationalities: line()
    .max(2000, V.tooLong)
    .transform((text) =>
      text
        .toUpperCase()
        .split(/[\s,;]+/)
        .filter(Boolean),
    )
    .refine((codes) => codes.every(isCountryCode), V.countryList),
  learningAgreementNeedsOfficeApproval: z.boolean(),
});
