import { defineRoute } from "@/lib/server/http/define-route";
import { iiasIndex } from "@/lib/server/ewp/apis/iias";

export const dynamic = "force-dynamic";

/** EWP IIAs v7 `index`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, iiasIndex);
export const POST = GET;
