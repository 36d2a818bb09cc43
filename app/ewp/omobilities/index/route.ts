import { defineRoute } from "@/lib/server/http/define-route";
import { omobilitiesIndex } from "@/lib/server/ewp/apis/omobilities";

export const dynamic = "force-dynamic";

/** EWP OMobilities v2 `index`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, omobilitiesIndex);
export const POST = GET;
