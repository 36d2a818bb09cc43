import { DEFAULT_LOCALE, INTERNATIONAL_LOCALE, LOCALE_COOKIE, LOCALES, type Locale } from "./locales";

/**
 * Public pages kept in the static cache, one copy per language under
 * `/<locale><path>`; the plain path serves the reader's copy.
 */
const PAGES_CACHED_PER_LANGUAGE = ["/incoming"];

export function isCachedPerLanguage(pathname: string): boolean {
  return PAGES_CACHED_PER_LANGUAGE.includes(pathname);
}

export type HasCondition = { type: "cookie" | "header"; key: string; value: string };
export type CachedPageRewrite = { source: string; destination: string; has?: HasCondition[] };

/** Either case of each letter: the router matches these patterns case-sensitively. */
function anyCase(text: string): string {
  return [...text].map((c) => `[${c.toLowerCase()}${c.toUpperCase()}]`).join("");
}

/**
 * An Accept-Language header whose first supported language is `locale`,
 * as `localeFromAcceptLanguage` reads it: parts before it name none of ours.
 * The router anchors the pattern at both ends.
 */
function acceptLanguageFirstPattern(locale: Locale): string {
  const ours = LOCALES.map(anyCase).join("|");
  return `(?:(?!\\s*(?:${ours}))[^,]*,)*\\s*${anyCase(locale)}.*`;
}

/** An Accept-Language header that starts with a language tag: a browser that names a language, if none of ours. */
const NAMES_A_LANGUAGE = "\\s*[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]+)*\\s*(?:[;,].*)?";

/**
 * The router's rewrites of each cached page to the reader's copy, in the
 * order `getLocale` decides: the remembered choice, then the browser's
 * languages (English for a browser that names only others), then the
 * default. Done by the router rather than `proxy.ts`, which would cost a
 * third of the page's throughput.
 */
export function cachedPageRewrites(): CachedPageRewrite[] {
  const header = (value: string) => [{ type: "header" as const, key: "accept-language", value }];
  return PAGES_CACHED_PER_LANGUAGE.flatMap((source) => [
    ...LOCALES.map((locale) => ({ source, destination: `/${locale}${source}`, has: [{ type: "cookie" as const, key: LOCALE_COOKIE, value: locale }] })),
    ...LOCALES.map((locale) => ({ source, destination: `/${locale}${source}`, has: header(acceptLanguageFirstPattern(locale)) })),
    { source, destination: `/${INTERNATIONAL_LOCALE}${source}`, has: header(NAMES_A_LANGUAGE) },
    { source, destination: `/${DEFAULT_LOCALE}${source}` },
  ]);
}
