import type { Locale } from "./locales";

const TIME_ZONE = "Europe/Paris";
const TAGS: Record<Locale, string> = { fr: "fr-FR", en: "en-GB" };

/**
 * One formatter per language and style, built on first use and kept: building
 * an `Intl` formatter costs more than formatting a whole page of values.
 */
function memo<F>(build: (tag: string) => F): (locale: Locale) => F {
  const built = new Map<Locale, F>();
  return (locale) => {
    let formatter = built.get(locale);
    if (!formatter) built.set(locale, (formatter = build(TAGS[locale])));
    return formatter;
  };
}

const dates = memo((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: TIME_ZONE }));
const dateTimes = memo((tag) => new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE }));
const months = memo((tag) => new Intl.DateTimeFormat(tag, { month: "long", year: "numeric", timeZone: "UTC" }));
const monthDays = memo((tag) => new Intl.DateTimeFormat(tag, { month: "long", day: "numeric", timeZone: "UTC" }));
const integers = memo((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }));
const decimals = memo((tag) => new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }));
const money = memo((tag) => new Intl.NumberFormat(tag, { style: "currency", currency: "EUR" }));
const percents = memo((tag) => new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: 1 }));
const regions = memo((tag) => new Intl.DisplayNames([tag], { type: "region" }));
const languages = memo((tag) => new Intl.DisplayNames([tag], { type: "language" }));

export function formatDate(date: Date, locale: Locale): string {
  return dates(locale).format(date);
}

export function formatDateTime(date: Date, locale: Locale): string {
  return dateTimes(locale).format(date);
}

/** A month written `YYYY-MM`, by name: `August 2027` / `août 2027`; the text itself when it is no such month. */
export function formatMonth(month: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? months(locale).format(Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)) : month;
}

/** A day of every year written `--MM-DD` (XML's gMonthDay), by name: `19 April` / `19 avril`; the text itself when it is no such day. */
export function formatMonthDay(monthDay: string, locale: Locale): string {
  const match = /^--(\d{2})-(\d{2})$/.exec(monthDay);
  return match ? monthDays(locale).format(Date.UTC(2000, Number(match[1]) - 1, Number(match[2]))) : monthDay;
}

/** A count, with the reader's thousands separator: `1 234` / `1,234`. */
export function formatInteger(value: number, locale: Locale): string {
  return integers(locale).format(value);
}

/** A number with at most two decimals: `12,5` / `12.5`. */
export function formatDecimal(value: number, locale: Locale): string {
  return decimals(locale).format(value);
}

/** Euros to the cent: `1 234,50 €` in French, `€1,234.50` in English. */
export function formatMoney(euros: number, locale: Locale): string {
  return money(locale).format(euros);
}

/** A share between 0 and 1 as a percentage: `12,5 %` / `12.5%`. */
export function formatPercent(share: number, locale: Locale): string {
  return percents(locale).format(share);
}

/** A country's name from its ISO 3166 code; the code itself when unknown. */
export function regionName(code: string, locale: Locale): string {
  return regions(locale).of(code) ?? code;
}

/** A language's name from its ISO 639 code; the code itself when unknown. */
export function languageName(code: string, locale: Locale): string {
  return languages(locale).of(code) ?? code;
}

/** Codes with their names in the reader's language, sorted by name: the options of a country or language list. */
export function namedOptions(codes: readonly string[], kind: "region" | "language", locale: Locale): Array<{ code: string; name: string }> {
  const name = kind === "region" ? regionName : languageName;
  return codes.map((code) => ({ code, name: name(code, locale) })).sort((a, b) => a.name.localeCompare(b.name, TAGS[locale]));
}
