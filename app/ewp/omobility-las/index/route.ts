import { defineRoute } from "@/lib/server/http/define-route";
import { omobilityLasIndex } from "@/lib/server/ewp/apis/omobility-las-index";

export const dynamic = "force-dynamic";

/** EWP OMobility LAs `index`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, omobilityLasIndex);
export const POST = GET;
