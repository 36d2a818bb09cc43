import { defineRoute } from "@/lib/server/http/define-route";
import { omobilityLasGet } from "@/lib/server/ewp/apis/omobility-las-get";

export const dynamic = "force-dynamic";

/** EWP OMobility LAs `get`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, omobilityLasGet);
export const POST = GET;
