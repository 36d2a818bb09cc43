import { defineRoute } from "@/lib/server/http/define-route";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { toEwpFactSheet } from "@/lib/domain/incoming/ewp-factsheet";
import { AppError } from "@/lib/server/errors";

export const dynamic = "force-dynamic";

/** Public: the host school's fact sheet in the EWP factsheet shape (see README). */
export const GET = defineRoute({ access: "public" }, async () => {
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  return Response.json(toEwpFactSheet(sheet.content), {
    headers: { "Cache-Control": "public, max-age=60", "Last-Modified": sheet.updatedAt.toUTCString() },
  });
});
