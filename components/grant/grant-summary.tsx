import type { GrantDecisionView } from "@/lib/server/grant/student-grant";
import type { GrantSettlement } from "@/lib/server/end-of-stay/settlement";
import type { WithdrawalView } from "@/lib/server/grant/withdrawal";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import { parseIsoDate } from "@/lib/domain/calendar";

/** The published grant decision with its breakdown and the contract to download; `forStaff` speaks of the student, not to them. */
export function GrantSummary({
  applicationId,
  decision,
  t,
  locale,
  forStaff = false,
}: {
  applicationId: string;
  decision: GrantDecisionView;
  t: Translate;
  locale: Locale;
  forStaff?: boolean;
}) {
  return (
    <div className="space-y-2 text-sm" data-testid="grant-decision">
      {decision.awarded ? (
        <>
          <p className="text-lg font-semibold">
            {t(forStaff ? "grants.studentAwardedLine" : "grants.awardedLine", { amount: decision.amount, rank: decision.rank })}
          </p>
          <ul className="list-disc pl-5">
            {decision.lines.map((line) => (
              <li key={line.label}>{t("common.labelled", { label: t(`grants.lines.${line.label}`, line.params), value: formatMoney(line.amount, locale) })}</li>
            ))}
          </ul>
          {decision.settlement && <SettlementSummary settlement={decision.settlement} t={t} locale={locale} />}
          <a className="font-semibold text-eu-blue underline" href={`/api/v1/applications/${applicationId}/grant-contract`}>
            {t("grants.downloadContract")}
          </a>
        </>
      ) : (
        <p>{t(forStaff ? "grants.studentNotAwardedLine" : "grants.notAwardedLine", { reason: t(`grants.decisions.${decision.reason}`) })}</p>
      )}
    </div>
  );
}

export function WithdrawalSummary({ withdrawal, t, locale }: { withdrawal: WithdrawalView; t: Translate; locale: Locale }) {
  return (
    <div className="space-y-1 text-sm" data-testid="withdrawal">
      <p>{t("grants.withdrawalSummary", { date: formatDate(withdrawal.createdAt, locale), reason: withdrawal.reason })}</p>
      <p className="font-semibold">{t("grants.owed", { amount: withdrawal.amountOwed, received: withdrawal.amountReceived })}</p>
      {withdrawal.forceMajeureReported &&
        (withdrawal.agencyAcceptedAt ? (
          <p>{t("grants.forceMajeureAccepted", { date: formatDate(withdrawal.agencyAcceptedAt, locale) })}</p>
        ) : (
          <p>{t("grants.forceMajeurePending")}</p>
        ))}
    </div>
  );
}

/** The payment schedule: pre-financing at departure, then the balance or what is paid back once the actual days are confirmed. */
function SettlementSummary({ settlement, t, locale }: { settlement: GrantSettlement; t: Translate; locale: Locale }) {
  const { schedule, final, actual } = settlement;
  const row = (label: string, amount: number, testId: string) => (
    <div className="flex justify-between gap-4 border-b border-slate-100 py-1" data-testid={testId}>
      <dt>{label}</dt>
      <dd className="font-semibold whitespace-nowrap">{formatMoney(amount, locale)}</dd>
    </div>
  );
  return (
    <section className="mt-3 space-y-2" aria-labelledby="settlement-title" data-testid="grant-settlement">
      <h3 id="settlement-title" className="font-semibold">
        {t("grants.settlement.title")}
      </h3>
      {final && actual && (
        <>
          <p>
            {t("grants.settlement.actualDays", {
              number: actual.number,
              from: formatDate(parseIsoDate(actual.start)!, locale),
              to: formatDate(parseIsoDate(actual.end)!, locale),
              months: final.actualLength.months,
              days: final.actualLength.days,
              contractedFrom: formatDate(parseIsoDate(settlement.contracted.start)!, locale),
              contractedTo: formatDate(parseIsoDate(settlement.contracted.end)!, locale),
            })}
          </p>
          <p>
            {t(`grants.settlement.basis.${final.basis}`, {
              difference: Math.abs(final.differenceDays),
              tolerance: settlement.rules.toleranceDays,
              minimum: settlement.rules.minimumMonths,
            })}
          </p>
        </>
      )}
      <dl className="max-w-xl">
        {row(t("grants.settlement.prefinancing", { percent: settlement.rules.prefinancingPercent }), schedule.prefinancing, "prefinancing")}
        {final && row(t("grants.settlement.final"), final.amount, "final-grant")}
        {schedule.toReimburse > 0
          ? row(t("grants.settlement.toReimburse"), schedule.toReimburse, "to-reimburse")
          : row(t(schedule.provisional ? "grants.settlement.balanceProvisional" : "grants.settlement.balance"), schedule.balance, "balance")}
      </dl>
    </section>
  );
}
