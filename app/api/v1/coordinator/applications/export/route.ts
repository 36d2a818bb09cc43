import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { exportApplicationsCsv } from "@/lib/server/coordinator/export-applications";
import { filtersFromSearchParams } from "@/lib/validation/application-filters";

/** The dashboard's current filtered list as a CSV download. */
export const GET = defineRoute({ access: "signed-in" }, async ({ request, user, locale }) => {
  const filters = filtersFromSearchParams(new URL(request.url).searchParams);
  const csv = await exportApplicationsCsv(user, filters, locale);
  const stamp = new Date().toISOString().slice(0, 10);
  return downloadResponse(csv, { contentType: "text/csv; charset=utf-8", name: `applications-${stamp}.csv` });
});
