import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import { explainEligibility } from "@/lib/domain/eligibility/explain";
import { ZEligibilityRequest } from "@/lib/validation/eligibility";
import { eligibilityContextFor } from "@/lib/server/rounds/eligible-nationalities";
import { readJsonBody } from "@/lib/server/http/read-json";
import { fieldErrorList } from "@/lib/server/http/field-errors";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

const MAX_BODY_BYTES = 16 * 1024;

/** Public: anyone may check eligibility, no account needed. See README "Eligibility API". */
export async function POST(request: Request) {
  const lang = new URL(request.url).searchParams.get("lang");
  const locale = isLocale(lang) ? lang : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const t = translator(locale);

  const body = await readJsonBody(request, MAX_BODY_BYTES);
  if (!body.ok) return Response.json({ error: body.error }, { status: body.status });

  const parsed = ZEligibilityRequest.safeParse(body.value);
  if (!parsed.success) {
    return Response.json({ error: "invalid", fieldErrors: fieldErrorList(parsed.error, t) }, { status: 400 });
  }

  const context = await eligibilityContextFor(parsed.data.roundId);
  if (!context) return Response.json({ error: "round_not_found" }, { status: 404 });

  const result = evaluateEligibility(parsed.data.answers, context.nationalities);
  return Response.json({ locale, roundId: context.roundId, ...explainEligibility(result, t) });
}
