import "server-only";
import { db } from "@/lib/server/db/client";
import { ounitsResponseXml } from "../documents/ounits";
import { EwpRefused, type EwpCall } from "../handle-request";
import { heiIdsAsked, homeHei } from "./home-hei";

const MAX = 100;

/** OUnits v2: the home institution's departments asked for by id or by code (their name), never both. */
export async function ounits({ parameters }: EwpCall): Promise<string> {
  const [heiId] = heiIdsAsked(parameters, 1);
  const institution = await homeHei();
  if (heiId !== institution.schacCode) throw new EwpRefused(400, "hei_id must be this node's institution.");
  const ids = parameters.getAll("ounit_id");
  const codes = parameters.getAll("ounit_code");
  if (ids.length > 0 === codes.length > 0) throw new EwpRefused(400, "Give either ounit_id or ounit_code values, not both and not neither.");
  if (Math.max(ids.length, codes.length) > MAX) throw new EwpRefused(400, `At most ${MAX} ounit_id or ounit_code values per request.`);
  const asked = ids.length > 0 ? ids : codes;
  const found = await db.department.findMany({
    where: { homeInstitutionId: institution.id, ...(ids.length > 0 ? { id: { in: ids } } : { name: { in: codes } }) },
    select: { id: true, name: true },
  });
  const byKey = new Map(found.map((d) => [ids.length > 0 ? d.id : d.name, d]));
  return ounitsResponseXml(asked.flatMap((key) => byKey.get(key) ?? []));
}
