import "server-only";
import { finalGrant, paymentSchedule, type FinalGrant, type FinalGrantRules, type PaymentSchedule } from "@/lib/domain/grant/final-grant";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { toIsoDate } from "@/lib/domain/calendar";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { GRANT_SETTINGS_SELECT, grantSettingsOf } from "@/lib/server/grant/settings";

/** The grant's money once awarded: the payment schedule, and the final amount once the host confirmed the actual days. */
export type GrantSettlement = {
  rules: FinalGrantRules;
  contracted: { start: string; end: string };
  /** The latest confirmed actual days, if any. */
  actual: { start: string; end: string; number: number } | null;
  final: FinalGrant | null;
  schedule: PaymentSchedule;
  longerStayAmended: boolean;
};

/** What a query selects of an application to settle its grant. */
export const SETTLEMENT_SELECT = {
  fewerOpportunities: true,
  longerStayAmendedAt: true,
  round: { select: GRANT_SETTINGS_SELECT },
  choices: {
    orderBy: { rank: "asc" },
    select: { partnerInstitutionId: true, startDate: true, endDate: true, partnerInstitution: { select: { countryCode: true } } },
  },
  placeOffers: HELD_PLACE_SELECT,
  attendances: { orderBy: { number: "desc" }, take: 1, select: { number: true, firstDay: true, lastDay: true } },
  withdrawal: { select: { agencyAcceptedAt: true } },
} as const;

type SettlementRow = {
  fewerOpportunities: boolean;
  longerStayAmendedAt: Date | null;
  round: Parameters<typeof grantSettingsOf>[0];
  choices: Array<{ partnerInstitutionId: string; startDate: Date; endDate: Date; partnerInstitution: { countryCode: string } }>;
  placeOffers: Array<{ partnerInstitutionId: string }>;
  attendances: Array<{ number: number; firstDay: Date; lastDay: Date }>;
  withdrawal: { agencyAcceptedAt: Date | null } | null;
};

/** The settlement of an awarded grant of `contractedAmount`; null without a destination. */
export function settlementOf(row: SettlementRow, contractedAmount: number): GrantSettlement | null {
  const choice = mobilityChoice(row.choices, row.placeOffers);
  if (!choice) return null;
  const settings = grantSettingsOf(row.round);
  const rules = settings.finalGrantRules;
  const contracted = { start: toIsoDate(choice.startDate), end: toIsoDate(choice.endDate) };
  const latest = row.attendances[0];
  const actual = latest ? { start: toIsoDate(latest.firstDay), end: toIsoDate(latest.lastDay), number: latest.number } : null;
  const final = actual
    ? finalGrant({
        table: settings.rateTable,
        grantCase: { countryCode: choice.partnerInstitution.countryCode, fewerOpportunities: row.fewerOpportunities },
        contractedAmount,
        contracted,
        actual,
        longerStayAmended: Boolean(row.longerStayAmendedAt),
        forceMajeureAccepted: Boolean(row.withdrawal?.agencyAcceptedAt),
        rules,
      })
    : null;
  return {
    rules,
    contracted,
    actual,
    final,
    schedule: paymentSchedule(contractedAmount, final ? final.amount : null, rules.prefinancingPercent),
    longerStayAmended: Boolean(row.longerStayAmendedAt),
  };
}
