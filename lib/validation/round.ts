import { z } from "zod";
import { isCountryCode } from "@/lib/domain/eligibility/countries";

/** Country codes typed as a list ("RS, MK TR"), each checked against ISO 3166. */
export const ZRoundNationalities = z.object({
  roundId: z.string().min(1),
  nationalities: z
    .string()
    .max(2000, "validation.tooLong")
    .transform((text) => text.toUpperCase().split(/[\s,;]+/).filter(Boolean))
    .refine((codes) => codes.every(isCountryCode), "validation.countryList"),
});
export type TRoundNationalitiesInput = z.input<typeof ZRoundNationalities>;
export type TRoundNationalities = z.output<typeof ZRoundNationalities>;
