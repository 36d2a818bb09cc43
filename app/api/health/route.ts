import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json({ status: database ? "ok" : "degraded", database: database ? "up" : "down" }, { status: database ? 200 : 503 });
}
