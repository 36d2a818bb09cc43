import "server-only";
import { z } from "zod";
import { SEED_PRESET, type RateTable } from "@/lib/domain/grant/rate-table";
import { CRITERIA, type Criterion, type Weights } from "@/lib/domain/grant/ranking";
import { ZRateTable } from "@/lib/validation/grants";
import type { FinalGrantRules } from "@/lib/domain/grant/final-grant";

export type GrantSettings = {
  budget: number;
  weights: Weights;
  tieBreaks: Criterion[];
  rateTable: RateTable;
  publicationDate: Date | null;
  publishedAt: Date | null;
  finalGrantRules: FinalGrantRules;
};

type RoundGrantColumns = {
  grantBudget: { toNumber(): number } | null;
  grantWeights: unknown;
  grantTieBreaks: string[];
  grantRateTable: unknown;
  grantPublicationDate: Date | null;
  grantsPublishedAt: Date | null;
  finalGrantToleranceDays: number;
  minimumStayMonths: number;
  prefinancingPercent: number;
};

export const GRANT_SETTINGS_SELECT = {
  grantBudget: true,
  grantWeights: true,
  grantTieBreaks: true,
  grantRateTable: true,
  grantPublicationDate: true,
  grantsPublishedAt: true,
  finalGrantToleranceDays: true,
  minimumStayMonths: true,
  prefinancingPercent: true,
} as const;

const ZWeights = z.object({ social: z.number(), linguistic: z.number(), academic: z.number() });

/** A round's grant settings; the seed's rate table until the commission chooses one. */
export function grantSettingsOf(round: RoundGrantColumns): GrantSettings {
  const weights = ZWeights.safeParse(round.grantWeights);
  const rateTable = ZRateTable.safeParse(round.grantRateTable);
  return {
    budget: round.grantBudget?.toNumber() ?? 0,
    weights: weights.success ? weights.data : { social: 1, linguistic: 1, academic: 1 },
    tieBreaks: round.grantTieBreaks.filter((c): c is Criterion => (CRITERIA as readonly string[]).includes(c)),
    rateTable: rateTable.success ? rateTable.data : SEED_PRESET,
    publicationDate: round.grantPublicationDate,
    publishedAt: round.grantsPublishedAt,
    finalGrantRules: { toleranceDays: round.finalGrantToleranceDays, minimumMonths: round.minimumStayMonths, prefinancingPercent: round.prefinancingPercent },
  };
}
