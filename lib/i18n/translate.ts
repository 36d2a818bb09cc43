import type { Locale } from "./locales";
import { createTranslator, type Messages, type Translate } from "./message";
import { en } from "./messages/en";
import { fr } from "./messages/fr";

export type { FieldMessageKey, MessageKey, Messages, Translate, TranslationParams } from "./message";
export { asFieldMessageKey, createTranslator, fieldMessageCode, formatMessage } from "./message";

export const catalogues: Record<Locale, Messages> = { en, fr };

const translators = new Map<Locale, Translate>();

/** The translator of a whole catalogue, built once per language. */
export function translator(locale: Locale): Translate {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = createTranslator(catalogues[locale], locale)));
  return t;
}
