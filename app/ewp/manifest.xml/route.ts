import { defineRoute } from "@/lib/server/http/define-route";
import { manifest } from "@/lib/server/ewp/apis/manifest";

export const dynamic = "force-dynamic";

/** Discovery v6: public, read by the EWP registry. */
export const GET = defineRoute({ access: "ewp", clients: "anyone" }, ({ node }) => manifest(node));
