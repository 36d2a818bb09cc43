import { getCurrentUser } from "@/lib/server/auth/session";
import { exportApplicationsCsv } from "@/lib/server/coordinator/export-applications";
import { errorResponse } from "@/lib/server/http/error-response";
import { filtersFromSearchParams } from "@/lib/validation/application-filters";
import { getLocale } from "@/lib/i18n/server";

/** The dashboard's current filtered list as a CSV download. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  try {
    const filters = filtersFromSearchParams(new URL(request.url).searchParams);
    const csv = await exportApplicationsCsv(user, filters, await getLocale());
    const stamp = new Date().toISOString().slice(0, 10);
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="applications-${stamp}.csv"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
