import { describe, expect, it } from "vitest";
import { cachedPageRewrites, isCachedPerLanguage, type CachedPageRewrite } from "@/lib/i18n/cached-pages";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";

type Request = { cookie?: string; acceptLanguage?: string };

/** What the router does with the rules: the first whose conditions all hold, each value matched whole. */
function route(rules: CachedPageRewrite[], path: string, request: Request): string | undefined {
  const valueOf = (type: "cookie" | "header") => (type === "cookie" ? request.cookie : request.acceptLanguage);
  return rules.find(
    (rule) =>
      rule.source === path &&
      (rule.has ?? []).every((c) => {
        const value = valueOf(c.type);
        return value !== undefined && new RegExp(`^${c.value}$`).test(value);
      }),
  )?.destination;
}

/** The language a page rendered per request would choose (lib/i18n/server.ts). */
function expected({ cookie, acceptLanguage }: Request): string {
  return isLocale(cookie) ? cookie : localeFromAcceptLanguage(acceptLanguage ?? null);
}

const HEADERS = [
  undefined,
  "",
  "en",
  "fr",
  "EN-us",
  "en-GB,en;q=0.9",
  "fr-FR,fr;q=0.9,en;q=0.8",
  "de-DE,de;q=0.9,en;q=0.8",
  "de-DE, en-GB;q=0.8, fr;q=0.5",
  "de,es , fr-CA",
  "pt-BR,pt;q=0.9",
  " en",
  "de ,  en-US",
  "*",
  "zh-Hant-TW;q=1, En;q=0.1",
  "sv-SE,sv;q=0.9",
  "it",
  "it-IT, sv;q=0.5, fr;q=0.1",
  "garbage;;;q=",
];

describe("the cached information page in the reader's language", () => {
  const rules = cachedPageRewrites();

  it("chooses the language exactly as a page rendered per request would", () => {
    for (const acceptLanguage of HEADERS) {
      for (const cookie of [undefined, "fr", "en", "de", ""]) {
        expect(route(rules, "/incoming", { cookie, acceptLanguage }), `cookie ${cookie}, Accept-Language ${acceptLanguage}`).toBe(
          `/${expected({ cookie, acceptLanguage })}/incoming`,
        );
      }
    }
  });

  it("rewrites only the pages kept per language", () => {
    expect(isCachedPerLanguage("/incoming")).toBe(true);
    expect(isCachedPerLanguage("/incoming/apply")).toBe(false);
    expect(route(rules, "/incoming/apply", { cookie: "en" })).toBeUndefined();
  });
});
