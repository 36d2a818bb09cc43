import { requireRole } from "@/lib/server/auth/session";
import { getCommissionView } from "@/lib/server/grant/get-commission-view";
import { listRounds } from "@/lib/server/round/list-rounds";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { toIsoDate } from "@/lib/domain/calendar";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { CommissionSettings, GradeImport, PublishAmendmentButton, PublishButton } from "@/components/grant/commission-settings";
import { CandidateCriteria } from "@/components/grant/candidate-criteria";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function CommissionPage({ searchParams }: { searchParams: Promise<{ round?: string }> }) {
  const user = await requireRole("GRANT_COMMISSION", "INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const rounds = await listRounds(user);
  const requested = (await searchParams).round;
  const roundId = rounds.find((r) => r.id === requested)?.id ?? rounds[0]?.id;
  if (!roundId) return <PageHeader title={t("grants.commissionTitle")} lead={t("grants.noCandidates")} />;
  const view = await getCommissionView(user, roundId);
  const editable = view.can.edit;
  const s = view.settings;
  return (
    <I18nProvider locale={locale} messages={pickMessages(locale, ["grants", "errors", "application"])}>
      <div className="space-y-6">
        <PageHeader title={t("grants.commissionTitle")} lead={t("grants.commissionLead")} />
        <form method="get" className="flex items-end gap-2">
          <label className="text-sm font-medium">
            <span className="block">{t("grants.round")}</span>
            <select name="round" defaultValue={roundId} className="rounded-md border border-slate-300 px-2 py-2">
              {rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </label>
          <button className={buttonClasses("secondary")} type="submit">
            {t("grants.show")}
          </button>
        </form>
        {view.published && (
          <Alert tone="info">
            {t("grants.published", { date: formatDate(s.publishedAt!, locale) })}{" "}
            <a className="font-semibold underline" href={`/api/v1/rounds/${roundId}/grant-decisions?format=csv`}>
              {t("grants.exportCsv")}
            </a>{" "}
            ·{" "}
            <a className="font-semibold underline" href={`/api/v1/rounds/${roundId}/grant-decisions?format=pdf`}>
              {t("grants.exportPdf")}
            </a>{" "}
            ·{" "}
            <a className="font-semibold underline" href={`/api/v1/rounds/${roundId}/grant-decisions?format=pdf&students=numbers`}>
              {t("grants.exportPdfNumbers")}
            </a>
          </Alert>
        )}
        {editable && (
          <div className="grid gap-6 lg:grid-cols-2">
            <Card title={t("grants.settingsTitle")}>
              <CommissionSettings
                roundId={roundId}
                initial={{
                  budget: s.budget,
                  weights: s.weights,
                  tieBreaks: s.tieBreaks,
                  preset: s.rateTable.kind,
                  monthlyRate: s.rateTable.kind === "seed" ? s.rateTable.monthlyRate : 50,
                  publicationDate: s.publicationDate ? toIsoDate(s.publicationDate) : "",
                  toleranceDays: s.finalGrantRules.toleranceDays,
                  minimumStayMonths: s.finalGrantRules.minimumMonths,
                  prefinancingPercent: s.finalGrantRules.prefinancingPercent,
                }}
              />
            </Card>
            <Card title={t("grants.importTitle")}>
              <GradeImport roundId={roundId} />
            </Card>
          </div>
        )}
        <section className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h2 className="text-xl font-semibold">{t("grants.rankingTitle")}</h2>
            <p className="font-semibold" data-testid="remaining-budget">
              {t("grants.remaining", { amount: view.remaining })}
            </p>
          </div>
          {view.rows.length === 0 ? (
            <p>{t("grants.noCandidates")}</p>
          ) : (
            <Table
              head={(["rank", "student", "destination", "social", "linguistic", "academic", "score", "amount", "decision"] as const).map((c) =>
                t(`grants.columns.${c}`),
              )}
            >
              {view.rows.map((row) => (
                <tr key={row.id} data-candidate={row.name}>
                  <Cell>{row.rank}</Cell>
                  <Cell>
                    {row.name}
                    <span className="block text-xs text-slate-600">{row.studentNumber}</span>
                    {editable && (
                      <CandidateCriteria
                        applicationId={row.id}
                        name={row.name}
                        gradeAverage={row.gradeAverage}
                        linguisticOverride={row.linguisticOverride}
                        linguisticDerived={row.linguisticDerived}
                        fewerOpportunities={row.fewerOpportunities}
                      />
                    )}
                  </Cell>
                  <Cell>
                    {row.destination} ({row.countryCode})
                  </Cell>
                  <Cell>{row.breakdown.social}</Cell>
                  <Cell>{row.breakdown.linguistic}</Cell>
                  <Cell>
                    {row.breakdown.academic}
                    {row.gradeAverage !== null && <span className="block text-xs text-slate-600">{row.gradeAverage}/20</span>}
                  </Cell>
                  <Cell>{row.score}</Cell>
                  <Cell>{row.award.awarded ? formatMoney(row.award.amount, locale) : row.amount ? `(${formatMoney(row.amount, locale)})` : "—"}</Cell>
                  <Cell>
                    <Badge tone={row.award.awarded ? "success" : "neutral"}>{t(`grants.decisions.${row.ineligibleReason ?? row.award.reason}`)}</Badge>
                  </Cell>
                </tr>
              ))}
            </Table>
          )}
        </section>
        {editable && view.rows.length > 0 && <PublishButton roundId={roundId} />}
        {view.amendment && (
          <Card title={t("grants.amendment")}>
            <div className="space-y-3" data-testid="grant-amendment">
              {view.amendment.awards.length === 0 ? (
                <p className="text-slate-700">{t("grants.amendmentNone")}</p>
              ) : (
                <>
                  <p>{t("grants.amendmentLead", { freed: view.amendment.freed })}</p>
                  <ul className="list-disc pl-5">
                    {view.amendment.awards.map((a) => (
                      <li key={a.id}>{t("grants.amendmentAward", { name: a.name, amount: a.amount })}</li>
                    ))}
                  </ul>
                  {view.can.amend && <PublishAmendmentButton roundId={roundId} />}
                </>
              )}
              {view.amendments.length > 0 && (
                <ul className="text-sm text-slate-700">
                  {view.amendments.map((a) => (
                    <li key={a.id}>{t("grants.amendments", { date: formatDate(a.publishedAt, locale), count: a.count, freed: a.freed, by: a.by })}</li>
                  ))}
                </ul>
              )}
            </div>
          </Card>
        )}
      </div>
    </I18nProvider>
  );
}
