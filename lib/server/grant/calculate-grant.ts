import "server-only";
import { computeGrant, PROGRAMME_PRESET, SEED_PRESET, type RateTable } from "@/lib/domain/grant/rate-table";
import type { Translate } from "@/lib/i18n/message";
import type { TGrantCalculation } from "@/lib/validation/grants";
import { fieldErrorItem } from "@/lib/server/http/field-errors";
import { RequestRefused } from "@/lib/server/http/request-refused";

const PRESETS: Record<"seed" | "programme", RateTable> = { seed: SEED_PRESET, programme: PROGRAMME_PRESET };

export type GrantCalculation = {
  amount: number;
  currency: "EUR";
  months: number;
  extraDays: number;
  monthlyRate: number;
  lines: Array<{ kind: string; label: string; amount: number }>;
  topUps: Array<{ kind: string; amount: number }>;
};

/** The public calculation: the amount a stay earns under a rate table, with its breakdown in the reader's language. */
export function calculateGrant(request: TGrantCalculation, t: Translate): GrantCalculation {
  const table = typeof request.rateTable === "string" ? PRESETS[request.rateTable] : request.rateTable;
  const grant = computeGrant(table, { countryCode: request.country, startDate: request.startDate, endDate: request.endDate, ...request.topUps });
  if (!grant.eligible) throw new RequestRefused(400, "invalid", (tr) => [fieldErrorItem("country", "validation.noRateForCountry", tr)]);
  const [base, ...topUps] = grant.lines;
  return {
    amount: grant.total,
    currency: "EUR",
    months: grant.months,
    extraDays: grant.days,
    monthlyRate: Number(base?.params?.rate ?? 0),
    lines: grant.lines.map((line) => ({ kind: line.label, label: t(`grants.lines.${line.label}`, line.params), amount: line.amount })),
    topUps: topUps.map((line) => ({ kind: line.label, amount: line.amount })),
  };
}
