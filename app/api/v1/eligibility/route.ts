import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import { explainEligibility } from "@/lib/domain/eligibility/explain";
import { ZEligibilityRequest } from "@/lib/validation/eligibility";
import { eligibilityContextFor } from "@/lib/server/round/eligible-nationalities";
import { defineRoute } from "@/lib/server/http/define-route";
import { readJson } from "@/lib/server/http/read-json";
import { translator } from "@/lib/i18n/translate";

const MAX_BODY_BYTES = 16 * 1024;

/** Public, for any site: anyone may check eligibility, no account needed. See README "Eligibility API". */
export const POST = defineRoute({ access: "public", crossSite: true }, async ({ request, locale }) => {
  const { answers, roundId } = await readJson(request, ZEligibilityRequest, MAX_BODY_BYTES);
  const context = await eligibilityContextFor(roundId);
  if (!context) return Response.json({ error: "round_not_found" }, { status: 404 });
  const result = evaluateEligibility(answers, context.nationalities);
  return Response.json({ locale, roundId: context.roundId, ...explainEligibility(result, translator(locale)) });
});
