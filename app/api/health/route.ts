import { defineRoute } from "@/lib/server/http/define-route";
import { checkDatabase } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** For load balancers: 200 when the database answers, 503 when it does not. */
export const GET = defineRoute({ access: "public" }, async () => {
  const database = await checkDatabase();
  return Response.json({ status: database ? "ok" : "degraded", database: database ? "up" : "down" }, { status: database ? 200 : 503 });
});
