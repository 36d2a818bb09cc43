import { defineRoute } from "@/lib/server/http/define-route";
import { omobilityLaCnr } from "@/lib/server/ewp/apis/omobility-la-cnr";

export const dynamic = "force-dynamic";

/** EWP OMobility LA CNR: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const POST = defineRoute({ access: "ewp", clients: "signed" }, omobilityLaCnr);
