import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { exportDecisionsCsv, exportDecisionsPdf } from "@/lib/server/grant/export-decisions";

/** The published grant decisions of a round, `?format=csv` (default) or `?format=pdf`; the commission and the international office. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user, locale }) => {
  if (new URL(request.url).searchParams.get("format") === "pdf") {
    const pdf = await exportDecisionsPdf(user, params.id, locale);
    return downloadResponse(Buffer.from(pdf), { contentType: "application/pdf", name: "grant-decisions.pdf" });
  }
  const csv = await exportDecisionsCsv(user, params.id, locale);
  return downloadResponse(csv, { contentType: "text/csv; charset=utf-8", name: "grant-decisions.csv" });
});
