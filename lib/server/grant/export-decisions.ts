import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { csvDecimal, csvSeparator, toCsv } from "@/lib/server/coordinator/csv";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { pdfDocument } from "@/lib/server/pdf/document";
import { db } from "@/lib/server/db/client";
import { THE_HOME_INSTITUTION } from "@/lib/server/institution/get-home-institution";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { getCommissionView } from "./get-commission-view";
import { SETTLEMENT_SELECT, settlementOf, type GrantSettlement } from "@/lib/server/end-of-stay/settlement";

/** The settlement of each awarded grant of the round, by application. */
async function settlementsOf(roundId: string): Promise<Map<string, GrantSettlement>> {
  const decisions = await db.grantDecision.findMany({
    where: { awarded: true, application: { roundId } },
    select: { applicationId: true, amount: true, application: { select: SETTLEMENT_SELECT } },
  });
  const settled = decisions.map((d) => [d.applicationId, settlementOf(d.application, d.amount.toNumber())] as const);
  return new Map(settled.filter((entry): entry is [string, GrantSettlement] => entry[1] !== null));
}

async function publishedRows(user: CurrentUser, roundId: string) {
  const view = await getCommissionView(user, roundId);
  if (!view.published) throw new AppError("refused", "grants_not_published");
  return view;
}

/** The published list, for posting at the international office: CSV in the reader's spreadsheet convention. */
export async function exportDecisionsCsv(user: CurrentUser, roundId: string, locale: Locale): Promise<string> {
  const t = translator(locale);
  const view = await publishedRows(user, roundId);
  const settlements = await settlementsOf(roundId);
  const header = (["rank", "student", "destination", "score", "amount", "decision", "prefinancing", "finalAmount", "balance", "toReimburse"] as const).map(
    (c) => t(`grants.columns.${c}`),
  );
  const money = (amount: number | undefined) => (amount === undefined ? "" : csvDecimal(amount, locale));
  const rows = view.rows.map((r) => {
    // The final amounts once the host confirmed the actual days; the pre-financing as soon as the grant is awarded.
    const settlement = settlements.get(r.id);
    const final = settlement?.schedule.provisional === false ? settlement.schedule : undefined;
    return [
      r.rank,
      r.name,
      r.destination,
      csvDecimal(r.score, locale, 3),
      csvDecimal(r.award.amount, locale),
      t(`grants.decisions.${r.ineligibleReason ?? r.award.reason}`),
      money(settlement?.schedule.prefinancing),
      money(final?.total),
      money(final?.balance),
      money(final?.toReimburse),
    ];
  });
  return toCsv([header, ...rows], csvSeparator(locale));
}

/**
 * The published list as a document for the notice board ("publiées par voie
 * d'affichage"): the institution as letterhead, the round, the publication
 * date, and a table of ranks, students, destinations, grants and decisions.
 * With `studentNumbers`, students appear by their number, not their name, as
 * a list posted in a corridor should.
 */
export async function exportDecisionsPdf(user: CurrentUser, roundId: string, locale: Locale, { studentNumbers = false } = {}): Promise<Uint8Array> {
  const t = translator(locale);
  const view = await publishedRows(user, roundId);
  const home = await db.homeInstitution.findFirst({ ...THE_HOME_INSTITUTION, select: { name: true } });
  const doc = await pdfDocument({
    title: `${t("grants.commissionTitle")} — ${view.round.name}`,
    letterhead: home?.name ?? t("common.appName"),
    pageLabel: (page, pages) => t("common.pageOf", { page, pages }),
  });
  doc.heading(`${t("grants.commissionTitle")} — ${view.round.name}`, 13);
  doc.text(t("grants.pdfPublished", { date: formatDate(view.settings.publishedAt!, locale) }));
  doc.space(6);
  doc.table(
    [
      { label: t("grants.columns.rank"), share: 0.08 },
      { label: t("grants.columns.student"), share: 0.27 },
      { label: t("grants.columns.destination"), share: 0.3 },
      { label: t("grants.columns.amount"), share: 0.15 },
      { label: t("grants.columns.decision"), share: 0.2 },
    ],
    view.rows.map((row) => [
      String(row.rank),
      studentNumbers ? (row.studentNumber ?? "—") : row.name,
      row.destination,
      formatMoney(row.award.amount, locale),
      t(`grants.decisions.${row.ineligibleReason ?? row.award.reason}`),
    ]),
  );
  return doc.save();
}
