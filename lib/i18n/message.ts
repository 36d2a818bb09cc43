import type { Locale } from "./locales";
import { formatDecimal, formatInteger, formatMoney, formatPercent } from "./format";
import type { en } from "./messages/en";

export type Messages = typeof en;
/** Every key of the catalogue: a misspelt or missing key fails `tsc`. */
export type MessageKey = Leaves<Messages>;
export type ValidationKey = Extract<MessageKey, `validation.${string}`>;
/** What a field error holds: a validation message, or the eligibility rule a date breaks. */
export type FieldMessageKey = ValidationKey | Extract<MessageKey, `eligibility.reasons.${string}`>;
export type TranslationParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: TranslationParams) => string;

type Leaves<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Leaves<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

const FIELD_MESSAGE_PREFIXES = ["validation.", "eligibility.reasons."];

/** Whether a message a field error holds is a catalogue key, rather than text an API already wrote. */
export function isFieldMessageKey(message: string): message is FieldMessageKey {
  return FIELD_MESSAGE_PREFIXES.some((prefix) => message.startsWith(prefix));
}

/**
 * A field error as it arrives at runtime, from zod or from a server action:
 * the schemas write only `validation.*` keys (through `V`, so `tsc` checks
 * them) and eligibility reasons, and anything else is shown as the generic "not valid".
 */
export function asFieldMessageKey(message: string | undefined): FieldMessageKey {
  return message && isFieldMessageKey(message) ? message : "validation.invalid";
}

/** A field error's stable code for API clients: its key without the namespace. */
export function fieldMessageCode(key: FieldMessageKey): string {
  const prefix = FIELD_MESSAGE_PREFIXES.find((p) => key.startsWith(p))!;
  return key.slice(prefix.length);
}

function lookup(messages: unknown, key: string): string | undefined {
  let node: unknown = messages;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const pluralRules = new Map<Locale, Intl.PluralRules>();

function plural(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

/** The `{x, number, style}` styles, each the formatter of `format.ts`: one per kind of number. */
const NUMBER_STYLES: Record<string, (value: number, locale: Locale) => string> = {
  integer: formatInteger,
  decimal: formatDecimal,
  // The portal's money is in euros, to the cent.
  currency: formatMoney,
  percent: formatPercent,
};

function formatNumberAs(value: number, locale: Locale, style: string): string {
  return (NUMBER_STYLES[style] ?? formatDecimal)(value, locale);
}

/** The `{name, plural, =0 {…} one {…} other {…}}` branches of an ICU plural, which may nest `{param}`s. */
function branches(body: string): Map<string, string> {
  const found = new Map<string, string>();
  let i = 0;
  while (i < body.length) {
    const open = body.indexOf("{", i);
    if (open < 0) break;
    const selector = body.slice(i, open).trim();
    let depth = 1;
    let j = open + 1;
    for (; j < body.length && depth > 0; j++) depth += body[j] === "{" ? 1 : body[j] === "}" ? -1 : 0;
    found.set(selector, body.slice(open + 1, j - 1));
    i = j;
  }
  return found;
}

/**
 * The subset of ICU MessageFormat the catalogues use: `{param}`,
 * `{param, number}`, `{param, number, integer|currency|percent}` (currency is
 * the euro) and `{param, plural, =0 {…} one {…} other {…}}` with `#`.
 */
export function formatMessage(template: string, locale: Locale, params?: TranslationParams): string {
  if (!params) return template;
  let out = "";
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf("{", i);
    if (open < 0) return out + template.slice(i);
    out += template.slice(i, open);
    let depth = 1;
    let close = open + 1;
    for (; close < template.length && depth > 0; close++) depth += template[close] === "{" ? 1 : template[close] === "}" ? -1 : 0;
    const inner = template.slice(open + 1, close - 1);
    const pluralMatch = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
    const numberMatch = /^\s*(\w+)\s*,\s*number\s*(?:,\s*(\w+)\s*)?$/.exec(inner);
    if (pluralMatch && typeof params[pluralMatch[1]!] === "number") {
      const count = params[pluralMatch[1]!] as number;
      const options = branches(pluralMatch[2]!);
      const branch = options.get(`=${count}`) ?? options.get(plural(locale).select(count)) ?? options.get("other") ?? "";
      out += formatMessage(branch.replace(/#/g, formatNumberAs(count, locale, "integer")), locale, params);
    } else if (numberMatch && numberMatch[1]! in params) {
      const value = params[numberMatch[1]!]!;
      out += typeof value === "number" ? formatNumberAs(value, locale, numberMatch[2] ?? "decimal") : value;
    } else {
      const name = inner.trim();
      out += name in params ? String(params[name]) : template.slice(open, close);
    }
    i = close;
  }
  return out;
}

/** A translator over a catalogue (or the namespaces of it a client tree received); an unknown key is shown as itself so it is noticed. */
export function createTranslator(messages: unknown, locale: Locale): Translate {
  return (key, params) => formatMessage(lookup(messages, key) ?? key, locale, params);
}
