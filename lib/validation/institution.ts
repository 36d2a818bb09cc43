import { V } from "./messages";
import { erasmusCode, line, webAddress } from "./text";
import { z } from "zod";
import { isCountryCode } from "@/lib/domain/eligibility/countries";
import { isSchacCode, normalizeSchacCode } from "@/lib/domain/partner/codes";

export const text = (max: number) => line().trim().min(1, V.required).max(max, V.tooLong);

/** What names an institution, the home one or a partner: its codes, where it is, its website. */
export const INSTITUTION_FIELDS = {
  name: text(200),
  erasmusCode: erasmusCode(),
  schacCode: line()
    .transform(normalizeSchacCode)
    .refine((code) => code === "" || isSchacCode(code), V.schacCode),
  countryCode: line().refine(isCountryCode, V.unknownCountry),
  city: text(120),
  website: z.union([z.literal(""), webAddress()]),
};

/** The home institution as the administrator edits it, with the version they read. */
export const ZHomeInstitution = z.object({ version: z.number().int().positive(), ...INSTITUTION_FIELDS });
export type THomeInstitutionInput = z.input<typeof ZHomeInstitution>;
