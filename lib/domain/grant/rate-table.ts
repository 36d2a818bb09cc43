/**
 * Grant amounts come from a rate table stored with each round, because the
 * rules change by year and by national agency. Two shapes ship with the
 * portal: the seed's ("L'allocation de mobilité") and the current programme's.
 */
import { addMonths, parseIsoDate } from "../calendar";
import { OWN_AGENCY_NATIONALITIES } from "../eligibility/countries";

/** The seed: one monthly rate, never under 50 €, doubled for "DK, IS, N, S et SF". */
export type SeedRateTable = { kind: "seed"; monthlyRate: number; nordicCountries: string[]; nordicMultiplier: number };

/** The current programme: three country groups, top-ups, green travel. */
export type ProgrammeRateTable = {
  kind: "programme";
  groupRates: { 1: number; 2: number; 3: number };
  countryGroups: Record<string, 1 | 2 | 3>;
  fewerOpportunitiesTopUp: number;
  traineeshipTopUp: number;
  greenTravelLumpSum: number;
  greenTravelDailyRate: number;
  greenTravelMaxExtraDays: number;
};

export type RateTable = SeedRateTable | ProgrammeRateTable;

const SEED_MINIMUM_MONTHLY_RATE = 50;

export const SEED_PRESET: SeedRateTable = { kind: "seed", monthlyRate: 50, nordicCountries: ["DK", "IS", "NO", "SE", "FI"], nordicMultiplier: 2 };

export const PROGRAMME_PRESET: ProgrammeRateTable = {
  kind: "programme",
  groupRates: { 1: 600, 2: 540, 3: 490 },
  countryGroups: {
    DK: 1,
    FI: 1,
    IS: 1,
    IE: 1,
    LI: 1,
    LU: 1,
    NO: 1,
    SE: 1,
    AT: 2,
    BE: 2,
    CY: 2,
    DE: 2,
    ES: 2,
    FR: 2,
    GR: 2,
    IT: 2,
    MT: 2,
    NL: 2,
    PT: 2,
    BG: 3,
    CZ: 3,
    EE: 3,
    HR: 3,
    HU: 3,
    LT: 3,
    LV: 3,
    MK: 3,
    PL: 3,
    RO: 3,
    RS: 3,
    SI: 3,
    SK: 3,
    TR: 3,
  },
  fewerOpportunitiesTopUp: 250,
  traineeshipTopUp: 150,
  greenTravelLumpSum: 50,
  greenTravelDailyRate: 70,
  greenTravelMaxExtraDays: 4,
};

export type GrantCase = {
  countryCode: string;
  startDate: string;
  endDate: string;
  nationality?: string | null;
  otherEuGrant?: boolean;
  fewerOpportunities?: boolean;
  traineeship?: boolean;
  greenTravel?: boolean;
  extraTravelDays?: number;
};

export type GrantLineLabel = "monthly" | "nordicMonthly" | "groupMonthly" | "fewerOpportunities" | "traineeship" | "greenTravel";
export type GrantLine = { label: GrantLineLabel; amount: number; params?: Record<string, string | number> };

export type GrantAmount =
  { eligible: true; total: number; months: number; days: number; lines: GrantLine[] } | { eligible: false; total: 0; reason: IneligibleReason; lines: [] };

export type IneligibleReason = "own_national_agency" | "other_eu_grant" | "invalid_period" | "no_rate_for_country";

/**
 * The stay's length as whole calendar months plus the remaining days, the
 * last day included: 1 Sep → 30 Nov is 3 months 0 days, 1 Sep → 15 Dec is
 * 3 months 15 days. Partial months are paid by the day, at 1/30 of the
 * monthly rate per day (the Erasmus+ convention).
 */
export function stayLength(startIso: string, endIso: string): { months: number; days: number } | null {
  const start = parseIsoDate(startIso);
  const end = parseIsoDate(endIso);
  if (!start || !end || end < start) return null;
  const dayAfter = new Date(end.getTime() + 86_400_000);
  let months = 0;
  while (addMonths(start, months + 1) <= dayAfter) months += 1;
  const days = Math.round((dayAfter.getTime() - addMonths(start, months).getTime()) / 86_400_000);
  return { months, days };
}

const round2 = (n: number) => Math.round(n * 100) / 100;

function monthly(rate: number, length: { months: number; days: number }): number {
  return round2(rate * length.months + (rate / 30) * length.days);
}

/** The grant a case would receive under a rate table, with its breakdown. */
export function computeGrant(table: RateTable, grantCase: GrantCase): GrantAmount {
  if (grantCase.nationality && (OWN_AGENCY_NATIONALITIES as readonly string[]).includes(grantCase.nationality)) {
    return { eligible: false, total: 0, reason: "own_national_agency", lines: [] };
  }
  if (grantCase.otherEuGrant) return { eligible: false, total: 0, reason: "other_eu_grant", lines: [] };
  const length = stayLength(grantCase.startDate, grantCase.endDate);
  if (!length) return { eligible: false, total: 0, reason: "invalid_period", lines: [] };
  const lines: GrantLine[] = [];
  if (table.kind === "seed") {
    const base = Math.max(SEED_MINIMUM_MONTHLY_RATE, table.monthlyRate);
    const nordic = table.nordicCountries.includes(grantCase.countryCode);
    const rate = nordic ? base * table.nordicMultiplier : base;
    lines.push({ label: nordic ? "nordicMonthly" : "monthly", amount: monthly(rate, length), params: { rate, months: length.months, days: length.days } });
  } else {
    const group = table.countryGroups[grantCase.countryCode];
    if (!group) return { eligible: false, total: 0, reason: "no_rate_for_country", lines: [] };
    const rate = table.groupRates[group];
    lines.push({ label: "groupMonthly", amount: monthly(rate, length), params: { rate, group, months: length.months, days: length.days } });
    if (grantCase.fewerOpportunities)
      lines.push({ label: "fewerOpportunities", amount: monthly(table.fewerOpportunitiesTopUp, length), params: { rate: table.fewerOpportunitiesTopUp } });
    if (grantCase.traineeship) lines.push({ label: "traineeship", amount: monthly(table.traineeshipTopUp, length), params: { rate: table.traineeshipTopUp } });
    if (grantCase.greenTravel) {
      const extraDays = Math.min(Math.max(0, Math.floor(grantCase.extraTravelDays ?? 0)), table.greenTravelMaxExtraDays);
      lines.push({
        label: "greenTravel",
        amount: round2(table.greenTravelLumpSum + extraDays * table.greenTravelDailyRate),
        params: { lumpSum: table.greenTravelLumpSum, days: extraDays, daily: table.greenTravelDailyRate },
      });
    }
  }
  return { eligible: true, total: round2(lines.reduce((sum, line) => sum + line.amount, 0)), months: length.months, days: length.days, lines };
}
