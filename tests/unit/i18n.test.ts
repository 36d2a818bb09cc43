import { describe, expect, it } from "vitest";
import { localeFromAcceptLanguage, isLocale } from "@/lib/i18n/locales";
import { catalogues, createTranslator, translator } from "@/lib/i18n/translate";

function keysOf(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

describe("message catalogues", () => {
  it("have the same keys in French and English", () => {
    expect(keysOf(catalogues.fr).sort()).toEqual(keysOf(catalogues.en).sort());
  });

  it("have no empty message", () => {
    for (const locale of ["fr", "en"] as const) {
      for (const key of keysOf(catalogues[locale])) {
        expect(translator(locale)(key).trim(), `${locale}:${key}`).not.toBe("");
      }
    }
  });

  it("use the same placeholders in both languages", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of keysOf(catalogues.en)) {
      expect(placeholders(translator("fr")(key)), key).toEqual(placeholders(translator("en")(key)));
    }
  });
});

describe("translate", () => {
  it("fills placeholders and leaves unknown ones visible", () => {
    const t = createTranslator({ greet: "Hello {name}, {missing}" });
    expect(t("greet", { name: "Ana" })).toBe("Hello Ana, {missing}");
  });

  it("shows an unknown key as itself so that it is noticed", () => {
    expect(translator("en")("no.such.key")).toBe("no.such.key");
  });
});

describe("choosing the language", () => {
  it("takes the first supported language of the browser", () => {
    expect(localeFromAcceptLanguage("de-DE,de;q=0.9,en;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR")).toBe("fr");
  });

  it("falls back to French", () => {
    expect(localeFromAcceptLanguage(null)).toBe("fr");
    expect(localeFromAcceptLanguage("de,it")).toBe("fr");
  });

  it("recognises only the supported locales", () => {
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
