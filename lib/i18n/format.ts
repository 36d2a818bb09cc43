import type { Locale } from "./locales";

const TIME_ZONE = "Europe/Paris";
const TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/** One formatter per language and style: building one costs more than formatting a whole page of dates. */
function formatters(options: Intl.DateTimeFormatOptions): Record<Locale, Intl.DateTimeFormat> {
  return {
    fr: new Intl.DateTimeFormat(TAGS.fr, { ...options, timeZone: TIME_ZONE }),
    en: new Intl.DateTimeFormat(TAGS.en, { ...options, timeZone: TIME_ZONE }),
  };
}

const dates = formatters({ dateStyle: "long" });
const dateTimes = formatters({ dateStyle: "medium", timeStyle: "short" });

export function formatDate(date: Date, locale: Locale): string {
  return dates[locale].format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimes[locale].format(date);
}
