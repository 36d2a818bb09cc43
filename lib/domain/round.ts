import { dateInZone, endOfDayInZone } from "./incoming/deadlines";

/** A round takes applications from its opening date until its deadline, which is not included. */
export function isRoundOpen(round: { opensAt: Date; deadline: Date }, now: Date): boolean {
  return round.opensAt <= now && round.deadline > now;
}

/** The home institution's days: a round opens at midnight and its last day ends at midnight, French time. */
export const ROUND_TIME_ZONE = "Europe/Paris";

const pad = (n: number) => String(n).padStart(2, "0");
const isoDay = ({ year, month, day }: { year: number; month: number; day: number }) => `${year}-${pad(month)}-${pad(day)}`;
const parts = (isoDate: string) => isoDate.split("-").map(Number) as [number, number, number];

/** The first instant of a day, as the office types it (YYYY-MM-DD). */
export function startOfDay(isoDate: string): Date {
  const [year, month, day] = parts(isoDate);
  return endOfDayInZone(year, month, day - 1, ROUND_TIME_ZONE);
}

/** The instant a day ends: a deadline on that day still accepts it whole. */
export function endOfDay(isoDate: string): Date {
  const [year, month, day] = parts(isoDate);
  return endOfDayInZone(year, month, day, ROUND_TIME_ZONE);
}

/** The day an instant from `startOfDay` opens, and the last day of one from `endOfDay`, as the form shows them. */
export function dayOfStart(instant: Date): string {
  return isoDay(dateInZone(instant, ROUND_TIME_ZONE));
}
export function dayOfEnd(instant: Date): string {
  return isoDay(dateInZone(new Date(instant.getTime() - 1), ROUND_TIME_ZONE));
}

/** "2026-2027": two consecutive years. */
const FRENCH_DAY = new Intl.DateTimeFormat("en-CA", { timeZone: ROUND_TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" });

/** The day an instant falls on, French time, as an ISO date. */
export function dayOf(instant: Date): string {
  return FRENCH_DAY.format(instant);
}

export function isAcademicYear(value: string): boolean {
  const match = /^(\d{4})-(\d{4})$/.exec(value);
  return Boolean(match) && Number(match![2]) === Number(match![1]) + 1;
}

export function nextAcademicYear(year: string): string {
  const first = Number(year.slice(0, 4)) + 1;
  return `${first}-${first + 1}`;
}

/** The same day a year later; 29 February becomes 28 February. */
export function sameDayNextYear(isoDate: string): string {
  const [year, month, day] = parts(isoDate);
  const lastDay = new Date(Date.UTC(year + 1, month, 0)).getUTCDate();
  return `${year + 1}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

export type RoundCalendar = { opensOn: string; lastDay: string; afterSelectionDue: string; beforeDepartureDue: string };

/** Which of a round's dates are out of order: each step comes after the one before it. Empty due dates are not set yet. */
export function calendarProblems(calendar: RoundCalendar): Array<keyof RoundCalendar> {
  const problems: Array<keyof RoundCalendar> = [];
  if (calendar.lastDay < calendar.opensOn) problems.push("lastDay");
  if (calendar.afterSelectionDue && calendar.afterSelectionDue <= calendar.lastDay) problems.push("afterSelectionDue");
  const before = calendar.afterSelectionDue || calendar.lastDay;
  if (calendar.beforeDepartureDue && calendar.beforeDepartureDue <= before) problems.push("beforeDepartureDue");
  return problems;
}

/** Next year's round from this one: the same calendar a year later, the name's year moved on. */
export function copyForNextYear<R extends { name: string; academicYear: string } & RoundCalendar>(round: R): R {
  const next = nextAcademicYear(round.academicYear);
  const move = (day: string) => (day ? sameDayNextYear(day) : "");
  return {
    ...round,
    name: round.name.includes(round.academicYear) ? round.name.replace(round.academicYear, next) : `${round.name} ${next}`,
    academicYear: next,
    opensOn: move(round.opensOn),
    lastDay: move(round.lastDay),
    afterSelectionDue: move(round.afterSelectionDue),
    beforeDepartureDue: move(round.beforeDepartureDue),
  };
}
