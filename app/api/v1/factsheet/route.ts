import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { toEwpFactSheet } from "@/lib/domain/incoming/ewp-factsheet";

export const dynamic = "force-dynamic";

/** Public: the host school's fact sheet in the EWP factsheet shape (see README). */
export async function GET() {
  const sheet = await getFactSheet();
  if (!sheet) return Response.json({ error: "not_found" }, { status: 404 });
  return Response.json(toEwpFactSheet(sheet.content), {
    headers: { "Cache-Control": "public, max-age=60", "Last-Modified": sheet.updatedAt.toUTCString() },
  });
}
