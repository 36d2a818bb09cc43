import { ISO_COUNTRY_CODES } from "@/lib/domain/eligibility/countries";
import { namedOptions } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

export type CountryOption = { code: string; name: string };

/** Country names in the reader's language, sorted by name: made on the server and handed to the forms, so the page hydrates. */
export function countryOptions(locale: Locale): CountryOption[] {
  return namedOptions(ISO_COUNTRY_CODES, "region", locale);
}
