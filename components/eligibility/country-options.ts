import { ISO_COUNTRY_CODES } from "@/lib/domain/eligibility/countries";
import type { Locale } from "@/lib/i18n/locales";

export type CountryOption = { code: string; name: string };

/** Country names in the reader's language, from the browser's own data, sorted by name. */
export function countryOptions(locale: Locale): CountryOption[] {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return ISO_COUNTRY_CODES.map((code) => ({ code, name: names.of(code) ?? code })).sort((a, b) =>
    a.name.localeCompare(b.name, locale),
  );
}
