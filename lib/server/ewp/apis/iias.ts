import "server-only";
import { db } from "@/lib/server/db/client";
import { iiasGetResponseXml, iiasIndexResponseXml, type EwpIiaInput } from "../documents/iias";
import { EwpRefused, type EwpCall } from "../handle-request";
import { homeHei } from "./home-hei";

export const MAX_IIA_IDS = 20;

/**
 * The home institution's agreements with partners that have a SCHAC code,
 * as the caller may see them: those with one of its institutions, or all of
 * them for the home institution's own key.
 */
async function visibleAgreements(heiIds: string[], ids?: string[]): Promise<EwpIiaInput[]> {
  const home = await homeHei();
  const own = heiIds.includes(home.schacCode);
  const rows = await db.interInstitutionalAgreement.findMany({
    where: { ...(ids ? { id: { in: ids } } : {}), partnerInstitution: own ? { schacCode: { not: null } } : { schacCode: { in: heiIds } } },
    select: {
      id: true,
      firstAcademicYear: true,
      lastAcademicYear: true,
      status: true,
      partnerInstitution: { select: { schacCode: true, languagesOfInstruction: true } },
      conditions: {
        orderBy: { position: "asc" },
        select: {
          direction: true,
          iscedCode: true,
          eqfLevels: true,
          studentsPerYear: true,
          monthsPerStudent: true,
          languageCode: true,
          languageLevel: true,
          departmentId: true,
        },
      },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.map((row) => ({
    iiaId: row.id,
    home: { heiId: home.schacCode },
    partner: { heiId: row.partnerInstitution.schacCode!, languages: row.partnerInstitution.languagesOfInstruction },
    firstAcademicYear: row.firstAcademicYear,
    lastAcademicYear: row.lastAcademicYear,
    status: row.status,
    conditions: row.conditions,
  }));
}

/** IIAs v7 `get`: the agreements asked for that the caller may see, in the order asked; others are left out. */
export async function iiasGet({ parameters, heiIds }: EwpCall): Promise<string> {
  const ids = parameters.getAll("iia_id");
  if (ids.length === 0) throw new EwpRefused(400, "iia_id is required.");
  if (ids.length > MAX_IIA_IDS) throw new EwpRefused(400, `At most ${MAX_IIA_IDS} iia_id values per request.`);
  const byId = new Map((await visibleAgreements(heiIds, ids)).map((iia) => [iia.iiaId, iia]));
  return iiasGetResponseXml(ids.flatMap((id) => byId.get(id) ?? []));
}

/** IIAs v7 `index`: the ids of the agreements the caller may see, valid in one of the academic years asked, if any. */
export async function iiasIndex({ parameters, heiIds }: EwpCall): Promise<string> {
  const years = parameters.getAll("receiving_academic_year_id");
  if (years.some((y) => !/^\d{4}\/\d{4}$/.test(y))) throw new EwpRefused(400, "receiving_academic_year_id must read YYYY/YYYY.");
  const since = parameters.get("modified_since");
  if (since !== null && Number.isNaN(Date.parse(since))) throw new EwpRefused(400, "modified_since must be an xs:dateTime.");
  // An agreement's edits are not dated: every agreement may have changed, which the spec allows an index to say.
  const covers = (iia: EwpIiaInput, y: string) => iia.firstAcademicYear.replace("-", "/") <= y && y <= iia.lastAcademicYear.replace("-", "/");
  const iias = (await visibleAgreements(heiIds)).filter((iia) => years.length === 0 || years.some((y) => covers(iia, y)));
  return iiasIndexResponseXml(iias.map((iia) => iia.iiaId));
}
