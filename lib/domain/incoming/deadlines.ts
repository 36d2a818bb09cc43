/**
 * Application deadlines of the host school (fact sheet: "31st of May each
 * year" for the first semester, "30th of November" for the second). A
 * deadline day counts whole, until midnight in the school's own time zone.
 */
export type Semester = "AUTUMN" | "SPRING";

type Intake = {
  semester: Semester;
  /** "2027-2028" */
  academicYear: string;
  /** The last moment applications are accepted. */
  closesAt: Date;
  /** The deadline's date, "YYYY-MM-DD". */
  deadlineDate: string;
  /** Whole days from today (in the school's zone) to the deadline day; 0 on the day itself. */
  daysLeft: number;
};

/** "--MM-DD" or "MM-DD" → month and day. */
export function parseMonthDay(value: string): { month: number; day: number } {
  const match = /^(?:--)?(\d{2})-(\d{2})$/.exec(value);
  if (!match) throw new Error(`Not a month-day: ${value}`);
  return { month: Number(match[1]), day: Number(match[2]) };
}

/** The calendar date at `instant` in `timeZone`. */
export function dateInZone(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const parts = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get("year"), month: get("month"), day: get("day") };
}

/** Minutes `timeZone` is ahead of UTC at `instant`. */
function offsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The first instant of the day after `year-month-day` in `timeZone`: the deadline day has ended. */
export function endOfDayInZone(year: number, month: number, day: number, timeZone: string): Date {
  const nextMidnightUtc = Date.UTC(year, month - 1, day + 1);
  const guess = nextMidnightUtc - offsetMinutes(new Date(nextMidnightUtc), timeZone) * 60_000;
  return new Date(nextMidnightUtc - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

function daysBetween(from: { year: number; month: number; day: number }, to: { year: number; month: number; day: number }): number {
  return Math.round((Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * The intakes a student can still apply for: for each semester, the next
 * one whose deadline has not passed. The first semester of academic year
 * Y–Y+1 starts in Y (deadline in Y); the second starts in January Y+1, its
 * deadline falling in Y.
 */
export function openIntakes(now: Date, deadlines: { autumn: string; spring: string }, timeZone: string): Intake[] {
  const today = dateInZone(now, timeZone);
  const intakes: Intake[] = [];
  for (const semester of ["AUTUMN", "SPRING"] as const) {
    const { month, day } = parseMonthDay(semester === "AUTUMN" ? deadlines.autumn : deadlines.spring);
    for (const year of [today.year - 1, today.year, today.year + 1]) {
      const closesAt = endOfDayInZone(year, month, day, timeZone);
      if (closesAt.getTime() <= now.getTime()) continue;
      intakes.push({
        semester,
        academicYear: `${year}-${year + 1}`,
        closesAt,
        deadlineDate: `${year}-${pad(month)}-${pad(day)}`,
        daysLeft: daysBetween(today, { year, month, day }),
      });
      break;
    }
  }
  return intakes.sort((a, b) => a.closesAt.getTime() - b.closesAt.getTime());
}

/** Whether applications for `semester` of `academicYear` are still accepted at `now`. */
export function isIntakeOpen(now: Date, semester: Semester, academicYear: string, deadlines: { autumn: string; spring: string }, timeZone: string): boolean {
  return openIntakes(now, deadlines, timeZone).some((i) => i.semester === semester && i.academicYear === academicYear);
}
