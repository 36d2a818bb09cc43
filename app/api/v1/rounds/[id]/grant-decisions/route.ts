import { getCurrentUser } from "@/lib/server/auth/session";
import { exportDecisionsCsv, exportDecisionsPdf } from "@/lib/server/grants/export-decisions";
import { errorResponse } from "@/lib/server/http/error-response";
import { getLocale } from "@/lib/i18n/server";

/** The published grant decisions of a round, `?format=csv` (default) or `?format=pdf`; the commission and the international office. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { id } = await params;
  const format = new URL(request.url).searchParams.get("format") === "pdf" ? "pdf" : "csv";
  try {
    const locale = await getLocale();
    if (format === "pdf") {
      const pdf = await exportDecisionsPdf(user, id, locale);
      return new Response(Buffer.from(pdf), { headers: { "Content-Type": "application/pdf", "Content-Disposition": 'attachment; filename="grant-decisions.pdf"', "Cache-Control": "private, no-store" } });
    }
    const csv = await exportDecisionsCsv(user, id, locale);
    return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="grant-decisions.csv"', "Cache-Control": "private, no-store" } });
  } catch (error) {
    return errorResponse(error);
  }
}
