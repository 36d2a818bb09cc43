import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { exportDecisionsCsv, exportDecisionsPdf } from "@/lib/server/grant/export-decisions";

/**
 * The published grant decisions of a round, `?format=csv` (default) or `?format=pdf` (with `&students=numbers`, students by
 * their number, for posting); the commission and the international office.
 */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user, locale }) => {
  const search = new URL(request.url).searchParams;
  if (search.get("format") === "pdf") {
    const pdf = await exportDecisionsPdf(user, params.id, locale, { studentNumbers: search.get("students") === "numbers" });
    return downloadResponse(Buffer.from(pdf), { contentType: "application/pdf", name: "grant-decisions.pdf" });
  }
  const csv = await exportDecisionsCsv(user, params.id, locale);
  return downloadResponse(csv, { contentType: "text/csv; charset=utf-8", name: "grant-decisions.csv" });
});
