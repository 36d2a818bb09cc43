import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { europeanStudentIdentifier } from "@/lib/domain/people";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { omobilitiesGetResponseXml, omobilitiesIndexResponseXml, type EwpMobilityStatus, type EwpOutgoingMobility } from "../documents/omobilities";
import { EwpRefused, type EwpCall } from "../handle-request";
import { homeHei } from "./home-hei";

export const MAX_OMOBILITIES = 20;

const STATUS: Partial<Record<ApplicationStatus, EwpMobilityStatus>> = {
  NOMINATED: "nomination",
  LEARNING_AGREEMENT_SIGNED: "nomination",
  DEPARTED: "live",
  ARRIVED: "live",
  COMPLETED: "recognized",
  WITHDRAWN: "cancelled",
};

/**
 * The students the home institution nominated to partners with a SCHAC code,
 * as the caller may see them: those nominated to one of its institutions, or
 * all of them for the home institution's own key.
 */
async function nominatedMobilities(heiIds: string[], where: Prisma.OutgoingApplicationWhereInput = {}): Promise<EwpOutgoingMobility[]> {
  const home = await homeHei();
  const own = heiIds.includes(home.schacCode);
  const rows = await db.outgoingApplication.findMany({
    where: { ...where, nomination: { partnerInstitution: own ? { schacCode: { not: null } } : { schacCode: { in: heiIds } } } },
    select: {
      id: true,
      status: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      nationality: true,
      student: { select: { id: true, name: true, email: true, studentNumber: true, europeanStudentIdentifier: true } },
      round: { select: { academicYear: true } },
      programme: { select: { eqfLevel: true, iscedCode: true, departmentId: true } },
      nomination: { select: { partnerInstitutionId: true, partnerInstitution: { select: { schacCode: true } } } },
      choices: { select: { partnerInstitutionId: true, semesters: true, startDate: true, endDate: true } },
    },
    orderBy: { submittedAt: "asc" },
  });
  return rows.flatMap((row) => {
    const status = STATUS[row.status];
    if (!status || !row.nomination) return [];
    const choice = row.choices.find((c) => c.partnerInstitutionId === row.nomination!.partnerInstitutionId);
    const year = row.round.academicYear.replace("-", "/");
    const term = choice?.semesters.length === 1 ? (choice.semesters[0] === "AUTUMN" ? "1/2" : "2/2") : "1/1";
    return [
      {
        omobilityId: row.id,
        sending: { heiId: home.schacCode, ounitId: row.programme?.departmentId ?? null },
        receiving: { heiId: row.nomination.partnerInstitution.schacCode! },
        termId: `${year}-${term}`,
        academicYear: year,
        student: {
          givenNames: row.firstName ?? "",
          familyName: row.lastName ?? row.student.name,
          globalId: europeanStudentIdentifier(
            { esi: row.student.europeanStudentIdentifier, studentNumber: row.student.studentNumber, accountId: row.student.id },
            home.schacCode,
          ),
          birthDate: row.birthDate,
          citizenship: row.nationality,
          email: row.student.email,
        },
        status,
        plannedArrival: choice?.startDate ?? null,
        plannedDeparture: choice?.endDate ?? null,
        eqfLevel: row.programme?.eqfLevel ?? null,
        iscedCode: row.programme?.iscedCode ?? null,
      },
    ];
  });
}

function sendingHei(parameters: URLSearchParams): string {
  const sending = parameters.getAll("sending_hei_id");
  if (sending.length !== 1) throw new EwpRefused(400, "sending_hei_id is required, once.");
  return sending[0]!;
}

/** OMobilities v2 `get`: the nominations asked for that the caller may see, in the order asked. */
export async function omobilitiesGet({ parameters, heiIds }: EwpCall): Promise<string> {
  const sending = sendingHei(parameters);
  const ids = parameters.getAll("omobility_id");
  if (ids.length === 0) throw new EwpRefused(400, "omobility_id is required.");
  if (ids.length > MAX_OMOBILITIES) throw new EwpRefused(400, `At most ${MAX_OMOBILITIES} omobility_id values per request.`);
  if (sending !== (await homeHei()).schacCode) return omobilitiesGetResponseXml([]);
  const byId = new Map((await nominatedMobilities(heiIds, { id: { in: ids } })).map((m) => [m.omobilityId, m]));
  return omobilitiesGetResponseXml(ids.flatMap((id) => byId.get(id) ?? []));
}

/** OMobilities v2 `index`: the ids of the nominations the caller may see, filtered as asked. */
export async function omobilitiesIndex({ parameters, heiIds }: EwpCall): Promise<string> {
  const sending = sendingHei(parameters);
  const receiving = parameters.getAll("receiving_hei_id");
  const year = parameters.get("receiving_academic_year_id");
  if (year !== null && !/^\d{4}\/\d{4}$/.test(year)) throw new EwpRefused(400, "receiving_academic_year_id must read YYYY/YYYY.");
  const since = parameters.get("modified_since");
  if (since !== null && Number.isNaN(Date.parse(since))) throw new EwpRefused(400, "modified_since must be an xs:dateTime.");
  if (sending !== (await homeHei()).schacCode) return omobilitiesIndexResponseXml([]);
  const mobilities = (await nominatedMobilities(heiIds)).filter(
    (m) => (receiving.length === 0 || receiving.includes(m.receiving.heiId)) && (year === null || m.academicYear === year),
  );
  return omobilitiesIndexResponseXml(mobilities.map((m) => m.omobilityId));
}
