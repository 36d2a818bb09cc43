import { defineRoute } from "@/lib/server/http/define-route";
import { exportApplicationsCsv } from "@/lib/server/coordinator/export-applications";
import { filtersFromSearchParams } from "@/lib/validation/application-filters";

/** The dashboard's current filtered list as a CSV download. */
export const GET = defineRoute({ access: "signed-in" }, async ({ request, user, locale }) => {
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const csv = await exportApplicationsCsv(user, filters, locale);
  const stamp = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="applications-${stamp}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
});
