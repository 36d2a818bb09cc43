"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Badge } from "@/components/ui/badge";
import type { EligibilityResult, RuleStatus, Verdict } from "@/lib/domain/eligibility/types";

const STATUS_TONE: Record<RuleStatus, "success" | "danger" | "warning"> = {
  met: "success",
  not_met: "danger",
  to_confirm: "warning",
};

const VERDICT_STYLE: Record<Verdict, string> = {
  eligible: "border-green-400 bg-green-50 text-green-950",
  eligible_with_conditions: "border-amber-400 bg-amber-50 text-amber-950",
  not_eligible: "border-red-400 bg-red-50 text-red-950",
};

/**
 * The verdict, every rule with its explanation, the documents and the grant
 * consequence. The student reads it addressed to them; staff (`forStaff`)
 * read the same result about the student.
 */
export function EligibilityResultView({
  result,
  showIncomplete = true,
  forStaff = false,
}: {
  result: EligibilityResult;
  showIncomplete?: boolean;
  forStaff?: boolean;
}) {
  const { t } = useI18n();
  const words = forStaff ? "eligibilityForStaff" : "eligibility";
  const decided = result.complete || result.verdict === "not_eligible";
  return (
    <div className="space-y-4">
      <div aria-live="polite" data-testid="eligibility-verdict">
        {decided ? (
          <div className={`rounded-md border-2 p-4 ${VERDICT_STYLE[result.verdict]}`}>
            <p className="text-lg font-bold">{t(`${words}.verdict.${result.verdict}`)}</p>
            <p className="mt-1 text-sm">{t(`${words}.verdictHint.${result.verdict}`)}</p>
          </div>
        ) : (
          showIncomplete && (
            <div className="rounded-md border-2 border-slate-300 bg-white p-4">
              <p className="font-semibold">{t("eligibility.incomplete")}</p>
            </div>
          )
        )}
      </div>
      <ul className="divide-y divide-slate-200 rounded-md border border-slate-200 bg-white">
        {result.rules.map((rule) => (
          <li key={rule.rule} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-start sm:gap-3" data-rule={rule.rule}>
            <span className="shrink-0 sm:w-28">
              <Badge tone={STATUS_TONE[rule.status]}>{t(`eligibility.status.${rule.status}`)}</Badge>
            </span>
            <span>
              <span className="block text-sm font-semibold text-slate-900">{t(`eligibility.rules.${rule.rule}`)}</span>
              <span className="block text-sm text-slate-700">{t(`${words}.reasons.${rule.reason}`, rule.params)}</span>
            </span>
          </li>
        ))}
      </ul>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t(`${words}.documentsTitle`)}</h3>
        {result.documents.length === 0 ? (
          <p className="text-sm text-slate-700">{t(`${words}.documentsNone`)}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm text-slate-700" data-testid="eligibility-documents">
            {result.documents.map((code) => (
              <li key={code}>{t(`${words}.documents.${code}`)}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-sm font-semibold text-slate-900">{t("eligibility.grantTitle")}</h3>
        <p className="text-sm text-slate-700" data-testid="eligibility-grant">
          {t(`${words}.grant.${result.grant}`)}
        </p>
      </div>
    </div>
  );
}
