/**
 * Calendar arithmetic on plain dates ("YYYY-MM-DD"), in UTC so that no time
 * zone or daylight-saving change shifts a day.
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
}

export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

export function toIsoDate(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

function daysInMonth(year: number, monthIndex: number): number {
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

/** Adds calendar months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28 or 29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const total = date.getUTCFullYear() * 12 + date.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const monthIndex = total % 12;
  const day = Math.min(date.getUTCDate(), daysInMonth(year, monthIndex));
  return new Date(Date.UTC(year, monthIndex, day));
}

/** Days from start to end, both included. */
export function daysInclusive(start: Date, end: Date): number {
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

/**
 * Whether a period whose first day is `start` and last day is `end` lasts at
 * least `months` calendar months: the day after the last day must be on or
 * after start + months. 1 Sep → 30 Nov is exactly 3 months.
 */
export function lastsAtLeastMonths(start: Date, end: Date, months: number): boolean {
  return addDays(end, 1).getTime() >= addMonths(start, months).getTime();
}

/** Whether the same period lasts at most `months`: 1 Sep → 31 Aug is exactly 12 months. */
export function lastsAtMostMonths(start: Date, end: Date, months: number): boolean {
  return addDays(end, 1).getTime() <= addMonths(start, months).getTime();
}
