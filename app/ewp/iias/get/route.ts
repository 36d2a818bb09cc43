import { defineRoute } from "@/lib/server/http/define-route";
import { iiasGet } from "@/lib/server/ewp/apis/iias";

export const dynamic = "force-dynamic";

/** EWP IIAs v7 `get`: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, iiasGet);
export const POST = GET;
