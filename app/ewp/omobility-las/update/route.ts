import { defineRoute } from "@/lib/server/http/define-route";
import { omobilityLasUpdate } from "@/lib/server/ewp/apis/omobility-las-update";

export const dynamic = "force-dynamic";

/** EWP OMobility LAs `update`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const POST = defineRoute({ access: "ewp", clients: "signed" }, omobilityLasUpdate);
