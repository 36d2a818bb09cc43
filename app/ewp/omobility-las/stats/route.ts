import { defineRoute } from "@/lib/server/http/define-route";
import { omobilityLasStats } from "@/lib/server/ewp/apis/omobility-las-stats";

export const dynamic = "force-dynamic";

/** EWP OMobility LAs `stats`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, omobilityLasStats);
