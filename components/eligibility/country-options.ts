import { ISO_COUNTRY_CODES } from "@/lib/domain/eligibility/countries";
import { namedOptions } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** Country names in the reader's language, sorted by name. */
export function countryOptions(locale: Locale) {
  return namedOptions(ISO_COUNTRY_CODES, "region", locale);
}
