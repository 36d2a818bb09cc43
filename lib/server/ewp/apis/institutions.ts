import "server-only";
import { db } from "@/lib/server/db/client";
import { institutionsResponseXml } from "../documents/institutions";
import type { EwpCall } from "../handle-request";
import { heiIdsAsked, homeHei } from "./home-hei";

/** Institutions v2 for the home institution; its departments, archived ones included (other records still name them), are its units. */
export async function institutions({ parameters, node }: EwpCall): Promise<string> {
  const asked = heiIdsAsked(parameters, 1);
  const institution = await homeHei();
  if (!asked.includes(institution.schacCode)) return institutionsResponseXml(null);
  const departments = await db.department.findMany({ where: { homeInstitutionId: institution.id }, select: { id: true }, orderBy: { name: "asc" } });
  return institutionsResponseXml({
    ...institution,
    factsheetUrl: new URL("/incoming", node.baseUrl).toString(),
    ounitIds: departments.map((d) => d.id),
  });
}
