import "server-only";
import { echoResponseXml } from "../documents/echo";
import type { EwpCall } from "../handle-request";

/** Echo v2: proves to a partner that its signed requests reach this node and which institutions its key covers. */
export async function echo({ parameters, heiIds }: EwpCall): Promise<string> {
  return echoResponseXml(heiIds, parameters.getAll("echo"));
}
