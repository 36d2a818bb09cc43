import type { Locale } from "./locales";
import { en } from "./messages/en";
import { fr } from "./messages/fr";

export type Messages = typeof en;
export type MessageKey = Leaves<Messages>;
export type TranslationParams = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), params?: TranslationParams) => string;

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export const catalogues: Record<Locale, Messages> = { en, fr };

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

export function interpolate(template: string, params?: TranslationParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}

/** A translator over a catalogue; an unknown key is shown as itself so it is noticed. */
export function createTranslator(messages: unknown): Translate {
  return (key, params) => interpolate(lookup(messages, key) ?? key, params);
}

export function translator(locale: Locale): Translate {
  return createTranslator(catalogues[locale]);
}
