export const LOCALES = ["fr", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "fr";
export const LOCALE_COOKIE = "locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/** The language of readers who speak neither of the portal's: partners, incoming students, visitors from abroad. */
export const INTERNATIONAL_LOCALE: Locale = "en";

const LANGUAGE_TAG = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i;

/**
 * The supported language the reader prefers most, from an Accept-Language
 * header: entries by descending q-value (1 when absent, q=0 means "not this
 * one"), then in the order written. A browser that asks only for languages
 * the portal does not speak (Swedish, Italian…) gets English, not French;
 * one that says nothing gets the home institution's French.
 */
export function localeFromAcceptLanguage(header: string | null): Locale {
  if (!header) return DEFAULT_LOCALE;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag = "", ...options] = part.trim().split(";");
      const q = options.map((o) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(o)?.[1]).find((v) => v !== undefined);
      const weight = q === undefined ? 1 : Number(q);
      return { language: LANGUAGE_TAG.exec(tag.trim())?.[1]?.toLowerCase() ?? null, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((entry): entry is { language: string; weight: number; order: number } => entry.weight > 0 && entry.language !== null)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  if (ranked.length === 0) return DEFAULT_LOCALE;
  return ranked.map((entry) => entry.language).find(isLocale) ?? INTERNATIONAL_LOCALE;
}
