import { ZGrantCalculation } from "@/lib/validation/grants";
import { calculateGrant } from "@/lib/server/grant/calculate-grant";
import { defineRoute } from "@/lib/server/http/define-route";
import { readJson } from "@/lib/server/http/read-json";
import { translator } from "@/lib/i18n/translate";

const MAX_BODY_BYTES = 16 * 1024;

/** Public, for any site: the grant a stay earns under a rate table. See README "Grant calculation API". */
export const POST = defineRoute({ access: "public", crossSite: true }, async ({ request, locale }) => {
  const calculation = await readJson(request, ZGrantCalculation, MAX_BODY_BYTES);
  return Response.json({ locale, ...calculateGrant(calculation, translator(locale)) });
});
