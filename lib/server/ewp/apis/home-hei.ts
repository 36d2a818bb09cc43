import "server-only";
import { getHomeInstitution, type HomeInstitution } from "@/lib/server/institution/get-home-institution";
import { EwpRefused } from "../handle-request";

export type HomeHei = HomeInstitution & { schacCode: string };

/** The home institution as the network names it; a node whose institution has no SCHAC code yet serves nothing. */
export async function homeHei(): Promise<HomeHei> {
  const institution = await getHomeInstitution();
  if (!institution?.schacCode) throw new EwpRefused(404, "The home institution's SCHAC code is not set yet (administration, institution).");
  return institution as HomeHei;
}

/** The `hei_id` values of a request, at most `max` (the manifest's `max-hei-ids`). */
export function heiIdsAsked(parameters: URLSearchParams, max: number): string[] {
  const asked = parameters.getAll("hei_id");
  if (asked.length > max) throw new EwpRefused(400, `At most ${max} hei_id value(s) per request.`);
  return asked;
}
