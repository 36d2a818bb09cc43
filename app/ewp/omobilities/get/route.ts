import { defineRoute } from "@/lib/server/http/define-route";
import { omobilitiesGet } from "@/lib/server/ewp/apis/omobilities";

export const dynamic = "force-dynamic";

/** EWP OMobilities v2 `get`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, omobilitiesGet);
export const POST = GET;
