import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { exportPartnersCsv } from "@/lib/server/partner/export-partners";

/** Every partner and agreement as the CSV file the partners page imports. */
export const GET = defineRoute({ access: "signed-in" }, async ({ user, locale }) => {
  const csv = await exportPartnersCsv(user, locale);
  const stamp = new Date().toISOString().slice(0, 10);
  return downloadResponse(csv, { contentType: "text/csv; charset=utf-8", name: `partners-${stamp}.csv` });
});
