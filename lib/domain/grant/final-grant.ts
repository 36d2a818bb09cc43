/**
 * The grant on the stay's actual dates, once the host has confirmed them, and
 * the payment schedule around it. Each rule is a round setting; the defaults
 * are the office's: a difference of 5 days or less changes nothing, a shorter
 * stay is paid for its actual days, a longer one only with an amendment the
 * coordinator records, and a stay under the minimum (3 months in the seed) is
 * paid back in full unless a force majeure is accepted.
 */
import { parseIsoDate, type IsoDate } from "../calendar";
import { computeGrant, stayLength, type GrantAmount, type GrantCase, type RateTable } from "./rate-table";

export type FinalGrantRules = { toleranceDays: number; minimumMonths: number; prefinancingPercent: number };

export const DEFAULT_FINAL_GRANT_RULES: FinalGrantRules = { toleranceDays: 5, minimumMonths: 3, prefinancingPercent: 80 };

export type Period = { start: IsoDate; end: IsoDate };

/** Why the final amount is what it is. */
export type FinalGrantBasis = "within_tolerance" | "shorter" | "longer_amended" | "longer_not_amended" | "under_minimum" | "under_minimum_force_majeure";

export type FinalGrant = {
  basis: FinalGrantBasis;
  /** Actual stay's days minus the contracted stay's, both counted with their last day. */
  differenceDays: number;
  actualLength: { months: number; days: number };
  /** The grant the actual dates earn under the rate table, whatever the rules then keep of it. */
  actualGrant: GrantAmount;
  amount: number;
};

export type FinalGrantCase = {
  table: RateTable;
  /** The stay's circumstances besides its dates: country, top-ups. */
  grantCase: Omit<GrantCase, "startDate" | "endDate">;
  /** The amount the published decision awards, on the contracted dates. */
  contractedAmount: number;
  contracted: Period;
  actual: Period;
  longerStayAmended: boolean;
  forceMajeureAccepted: boolean;
  rules: FinalGrantRules;
};

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Days from first to last, both included; null for a period that ends before it starts. */
export function periodDays(period: Period): number | null {
  const start = parseIsoDate(period.start);
  const end = parseIsoDate(period.end);
  if (!start || !end || end < start) return null;
  return Math.round((end.getTime() - start.getTime()) / 86_400_000) + 1;
}

/** The final grant on the actual dates; null when a period cannot be read. */
export function finalGrant(c: FinalGrantCase): FinalGrant | null {
  const contractedDays = periodDays(c.contracted);
  const actualDays = periodDays(c.actual);
  const actualLength = stayLength(c.actual.start, c.actual.end);
  if (contractedDays === null || actualDays === null || !actualLength) return null;
  const actualGrant = computeGrant(c.table, { ...c.grantCase, startDate: c.actual.start, endDate: c.actual.end });
  const earned = actualGrant.eligible ? actualGrant.total : 0;
  const differenceDays = actualDays - contractedDays;
  const result = (basis: FinalGrantBasis, amount: number): FinalGrant => ({ basis, differenceDays, actualLength, actualGrant, amount: round2(amount) });
  // The minimum comes first: no tolerance makes a stay under it a stay of the programme.
  if (actualLength.months < c.rules.minimumMonths) {
    return c.forceMajeureAccepted ? result("under_minimum_force_majeure", Math.min(earned, c.contractedAmount)) : result("under_minimum", 0);
  }
  if (Math.abs(differenceDays) <= c.rules.toleranceDays) return result("within_tolerance", c.contractedAmount);
  if (differenceDays < 0) return result("shorter", Math.min(earned, c.contractedAmount));
  return c.longerStayAmended ? result("longer_amended", Math.max(earned, c.contractedAmount)) : result("longer_not_amended", c.contractedAmount);
}

export type PaymentSchedule = {
  /** Paid at departure: the round's share of the contracted amount. */
  prefinancing: number;
  /** The final amount once the attendance is confirmed, else the contracted one (provisional). */
  total: number;
  provisional: boolean;
  /** Due once the attendance is confirmed. */
  balance: number;
  /** What the student pays back when the final amount is below the pre-financing. */
  toReimburse: number;
};

/** Pre-financing at departure, the balance after the confirmed attendance, or what is paid back. */
export function paymentSchedule(contractedAmount: number, final: number | null, prefinancingPercent: number): PaymentSchedule {
  const prefinancing = round2((contractedAmount * prefinancingPercent) / 100);
  const total = final ?? contractedAmount;
  const difference = round2(total - prefinancing);
  return { prefinancing, total, provisional: final === null, balance: Math.max(0, difference), toReimburse: Math.max(0, -difference) };
}
