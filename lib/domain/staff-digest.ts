import type { RoleName } from "./roles";

/** Who receives the daily digest: the people who review dossiers and sign learning agreements for the home institution. */
export const DIGEST_ROLES = ["DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE"] as const satisfies readonly RoleName[];

/** The digest goes out with the first hourly run at or after 7:00 in Paris, before the office opens. */
export const DIGEST_HOUR = 7;
const TIME_ZONE = "Europe/Paris";
/** When no digest was ever sent: what happened in the last day. */
export const FIRST_DIGEST_LOOKBACK_MS = 24 * 60 * 60 * 1000;

const parts = new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", hourCycle: "h23" });

function parisClock(now: Date): { day: string; hour: number } {
  const p = Object.fromEntries(parts.formatToParts(now).map((part) => [part.type, part.value]));
  return { day: `${p.year}-${p.month}-${p.day}`, hour: Number(p.hour) };
}

/** The Paris calendar day a digest sent at `now` belongs to, as `YYYY-MM-DD`. */
export function digestDay(now: Date): string {
  return parisClock(now).day;
}

/** Whether today's digest may go at `now`: not in the night before 7:00 Paris time (winter and summer alike). */
export function digestDue(now: Date): boolean {
  return parisClock(now).hour >= DIGEST_HOUR;
}

/** What the digest reports, each line a thing waiting for the reader with the page it is done on. */
export type DigestItem =
  | { kind: "submitted"; applicationId: string; student: string; round: string }
  | { kind: "replaced"; applicationId: string; student: string; piece: string }
  | { kind: "agreementToSign"; applicationId: string; student: string; version: number };

export const DIGEST_SECTIONS = ["submitted", "replaced", "agreementToSign"] as const satisfies readonly DigestItem["kind"][];

/** The page an item is done on, relative to the portal's address. */
export function digestItemPath(item: DigestItem): string {
  return item.kind === "agreementToSign"
    ? `/coordinator/applications/${item.applicationId}/learning-agreement`
    : `/coordinator/applications/${item.applicationId}`;
}
