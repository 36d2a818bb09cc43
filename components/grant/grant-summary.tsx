import type { GrantDecisionView } from "@/lib/server/grant/student-grant";
import type { WithdrawalView } from "@/lib/server/grant/withdrawal";
import type { Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate, formatMoney } from "@/lib/i18n/format";

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
