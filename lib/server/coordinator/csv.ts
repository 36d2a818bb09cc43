import type { Locale } from "@/lib/i18n/locales";
import { ROUND_TIME_ZONE } from "@/lib/domain/round";

/** One CSV field, quoted when it must be; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula. */
function csvField(value: string | number | null | undefined, separator: string): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** UTF-8 with a byte-order mark and CRLF line ends, which Excel opens with accents intact. */
export function toCsv(rows: Array<Array<string | number | null | undefined>>, separator: string): string {
  return `\uFEFF${rows.map((row) => row.map((value) => csvField(value, separator)).join(separator)).join("\r\n")}\r\n`;
}

/** The reader's spreadsheet convention: French readers get `;` between fields and decimal commas, others `,` and points. */
export function csvSeparator(locale: Locale): string {
  return locale === "fr" ? ";" : ",";
}

/** A decimal, with the reader's decimal mark and no thousands separator (which a spreadsheet would read as text). */
export function csvDecimal(value: number, locale: Locale, digits = 2): string {
  const text = value.toFixed(digits);
  return locale === "fr" ? text.replace(".", ",") : text;
}

const DATE_TIMES = {
  fr: new Intl.DateTimeFormat("fr-FR", { timeZone: ROUND_TIME_ZONE, dateStyle: "short", timeStyle: "short" }),
  en: new Intl.DateTimeFormat("sv-SE", { timeZone: ROUND_TIME_ZONE, dateStyle: "short", timeStyle: "short" }),
};

/** An instant as the office's local date and time (French time): "02/12/2026 14:05" for French readers, "2026-12-02 14:05" for others. */
export function csvDateTime(value: Date | null, locale: Locale): string {
  return value ? DATE_TIMES[locale].format(value) : "";
}
