import { defineRoute } from "@/lib/server/http/define-route";
import { factsheet } from "@/lib/server/ewp/apis/factsheet";

export const dynamic = "force-dynamic";

/** EWP: for clients whose HTTP signature verifies with a key of the registry (see README, Erasmus Without Paper). */
export const GET = defineRoute({ access: "ewp", clients: "signed" }, factsheet);
export const POST = GET;
