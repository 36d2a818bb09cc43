import { defineRoute } from "@/lib/server/http/define-route";
import { exportDecisionsCsv, exportDecisionsPdf } from "@/lib/server/grant/export-decisions";

/** The published grant decisions of a round, `?format=csv` (default) or `?format=pdf`; the commission and the international office. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user, locale }) => {
  if (new URL(request.url).searchParams.get("format") === "pdf") {
    const pdf = await exportDecisionsPdf(user, params.id, locale);
    return new Response(Buffer.from(pdf), {
      headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="grant-decisions.pdf"', "Cache-Control": "private, no-store" },
    });
  }
  const csv = await exportDecisionsCsv(user, params.id, locale);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="grant-decisions.csv"',
      "Cache-Control": "private, no-store",
    },
  });
});
