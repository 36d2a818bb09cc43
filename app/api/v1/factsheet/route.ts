import { defineRoute } from "@/lib/server/http/define-route";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { factSheetJson } from "@/lib/domain/incoming/factsheet-json";
import { AppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

/** Public: the host school's fact sheet as the portal's own JSON (see README; EWP's is `/ewp/factsheet`). */
export const GET = defineRoute({ access: "public" }, async () => {
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  return Response.json(factSheetJson(sheet.content), {
    headers: { "Cache-Control": "public, max-age=60", "Last-Modified": sheet.updatedAt.toUTCString() },
  });
});
