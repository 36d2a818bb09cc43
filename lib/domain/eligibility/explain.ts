import type { EligibilityResult } from "./types";
import type { Translate } from "@/lib/i18n/message";

/** The result with every explanation written out in the reader's language. */
export function explainEligibility(result: EligibilityResult, t: Translate) {
  return {
    verdict: result.verdict,
    verdictText: t(`eligibility.verdict.${result.verdict}`),
    complete: result.complete,
    rules: result.rules.map((rule) => ({
      rule: rule.rule,
      title: t(`eligibility.rules.${rule.rule}`),
      status: rule.status,
      reason: rule.reason,
      explanation: t(`eligibility.reasons.${rule.reason}`, rule.params),
    })),
    documents: result.documents.map((code) => ({ code, label: t(`eligibility.documents.${code}`) })),
    grant: { code: result.grant, explanation: t(`eligibility.grant.${result.grant}`) },
    nationalityRoute: result.nationalityRoute,
  };
}
