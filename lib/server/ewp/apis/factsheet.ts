import "server-only";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { factsheetResponseXml } from "../documents/factsheet";
import type { EwpCall } from "../handle-request";
import { heiIdsAsked, homeHei } from "./home-hei";

/** Factsheet v1: the home institution's fact sheet, if it has one and it is the one asked for. */
export async function factsheet({ parameters, node }: EwpCall): Promise<string> {
  const asked = heiIdsAsked(parameters, 1);
  const institution = await homeHei();
  const sheet = asked.includes(institution.schacCode) ? await getFactSheet() : null;
  return factsheetResponseXml(sheet?.content ?? null, institution.schacCode, new URL("/incoming", node.baseUrl).toString());
}
