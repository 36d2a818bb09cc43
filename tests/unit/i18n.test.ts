import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, isLocale, LOCALES } from "@/lib/i18n/locales";
import { catalogues, createTranslator, formatMessage, translator, type MessageKey } from "@/lib/i18n/translate";
import { formatMoney, formatPercent, languageName, regionName } from "@/lib/i18n/format";
import { REFUSALS } from "@/lib/server/errors";
import { AUDIT_ACTIONS, auditLabel } from "@/lib/domain/audit-actions";
import { V } from "@/lib/validation/messages";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

function lookup(locale: "fr" | "en", key: string): string | undefined {
  let node: unknown = catalogues[locale];
  for (const part of key.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return typeof node === "string" ? node : undefined;
}

/** The parameters a message reads: `{name}`, `{name, number, …}` and `{name, plural, …}`. */
const parametersOf = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]))].sort();

describe("message catalogues", () => {
  it("have the same keys in French and English", () => {
    expect(keysOf(catalogues.fr).sort()).toEqual(keysOf(catalogues.en).sort());
  });

  it("have no empty message", () => {
    for (const locale of LOCALES) for (const key of keysOf(catalogues[locale])) expect(lookup(locale, key)?.trim(), `${locale}:${key}`).not.toBe("");
  });

  it("read the same parameters in both languages", () => {
    for (const key of keysOf(catalogues.en)) expect(parametersOf(lookup("fr", key)!), key).toEqual(parametersOf(lookup("en", key)!));
  });

  it("have a text in both languages for every refusal an operation can give", () => {
    for (const locale of LOCALES) for (const code of REFUSALS) expect(lookup(locale, `errors.refusals.${code}`), `${locale}:${code}`).toBeTruthy();
    expect(keysOf(catalogues.en.errors.refusals).sort()).toEqual([...REFUSALS].sort());
  });

  it("have a timeline label in both languages for every audited action", () => {
    for (const locale of LOCALES)
      for (const action of AUDIT_ACTIONS) expect(lookup(locale, `timeline.actions.${auditLabel(action)}`), `${locale}:${action}`).toBeTruthy();
  });

  it("give schemas only keys that exist", () => {
    expect(V.required).toBe("validation.required");
    expect(lookup("fr", V.controlCharacter)).toBeTruthy();
  });
});

describe("formatting a message", () => {
  it("fills parameters and leaves unknown ones visible", () => {
    const t = createTranslator({ greet: "Hello {name}, {missing}" }, "en");
    expect(t("greet" as MessageKey, { name: "Ana" })).toBe("Hello Ana, {missing}");
  });

  it("shows an unknown key as itself so that it is noticed", () => {
    expect(translator("en")("no.such.key" as MessageKey)).toBe("no.such.key");
  });

  it("chooses the plural form of each language", () => {
    const message = "{count, plural, =0 {none} one {# file} other {# files}}";
    expect(formatMessage(message, "en", { count: 0 })).toBe("none");
    expect(formatMessage(message, "en", { count: 1 })).toBe("1 file");
    expect(formatMessage(message, "en", { count: 1234 })).toBe("1,234 files");
    // French counts 0 and 1 as singular, and separates thousands with a narrow space.
    const french = "{count, plural, one {# fichier} other {# fichiers}}";
    expect(formatMessage(french, "fr", { count: 0 })).toBe("0 fichier");
    expect(formatMessage(french, "fr", { count: 1234 })).toBe("1\u202f234 fichiers");
  });

  it("fills parameters inside a plural branch", () => {
    expect(formatMessage("{days, plural, one {# day for {name}} other {# days for {name}}}", "en", { days: 2, name: "Ana" })).toBe("2 days for Ana");
  });

  it("writes amounts in euros the reader's way", () => {
    expect(formatMessage("{amount, number, currency}", "fr", { amount: 1234.5 })).toBe("1\u202f234,50\u00a0€");
    expect(formatMessage("{amount, number, currency}", "en", { amount: 1234.5 })).toBe("€1,234.50");
    expect(translator("en")("grants.estimate", { amount: 2400 })).toBe("Estimated grant: €2,400.00");
  });

  it("has one formatter for money, percentages, countries and languages", () => {
    expect(formatMoney(1234.5, "fr")).toBe("1\u202f234,50\u00a0€");
    expect(formatMoney(1234.5, "en")).toBe("€1,234.50");
    expect(formatPercent(0.125, "fr")).toBe("12,5\u00a0%");
    expect(formatPercent(0.125, "en")).toBe("12.5%");
    expect(regionName("SE", "fr")).toBe("Suède");
    expect(regionName("SE", "en")).toBe("Sweden");
    expect(languageName("de", "fr")).toBe("allemand");
    expect(languageName("de", "en")).toBe("German");
  });
});

describe("choosing the language", () => {
  it("takes the supported language the browser prefers most, by q-value", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR")).toBe("fr");
    expect(localeFromAcceptLanguage("fr;q=0.5, en;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("en;q=0.5, fr")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0, fr;q=0.1")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=1;x=y, fr;q=1")).toBe("en");
  });

  it("gives English to a browser that asks only for languages the portal does not speak", () => {
    expect(localeFromAcceptLanguage("sv-SE,sv;q=0.9")).toBe("en");
    expect(localeFromAcceptLanguage("de,it")).toBe("en");
    expect(localeFromAcceptLanguage("it-IT, sv;q=0.5, fr;q=0.1")).toBe("fr");
  });

  it("falls back to French when the browser names no language", () => {
    expect(localeFromAcceptLanguage(null)).toBe("fr");
    expect(localeFromAcceptLanguage("*")).toBe("fr");
    expect(localeFromAcceptLanguage("en;q=0")).toBe("fr");
    expect(localeFromAcceptLanguage("garbage;;;q=")).toBe("fr");
  });

  it("recognises only the supported locales", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
