/** ISO 639-1 codes of the languages a student may declare (the languages of Europe's partners, and a few more). */
export const LANGUAGE_CODES = [
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "es",
  "et",
  "fi",
  "fr",
  "ga",
  "hr",
  "hu",
  "is",
  "it",
  "lt",
  "lv",
  "mt",
  "nl",
  "no",
  "pl",
  "pt",
  "ro",
  "sk",
  "sl",
  "sv",
  "tr",
  "ar",
  "zh",
  "ja",
  "ru",
  "uk",
] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const CEFR_LEVELS = ["A1", "A2", "B1", "B2", "C1", "C2"] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];
