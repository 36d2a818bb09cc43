import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import type { GradeCount } from "@/lib/domain/recognition/grade-conversion";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";

export type UsedGradingTable = { id: string; label: string; grades: GradeCount[] };

/** The home institution's grading tables are filed under this owner; a partner's under its id. */
export const HOME_OWNER = "home";

/**
 * The two tables a mobility's grades convert between: the host partner's and
 * the home institution's, for the student's degree cycle (EQF level) and
 * ISCED-F field. Either is null when the office has not entered it.
 */
export async function gradingTablesFor(applicationId: string, tx: Prisma.TransactionClient = db) {
  const application = await tx.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      programme: { select: { eqfLevel: true, iscedCode: true } },
      choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, partnerInstitution: { select: { name: true } } } },
      placeOffers: HELD_PLACE_SELECT,
    },
  });
  const host = mobilityChoice(application.choices, application.placeOffers);
  const { eqfLevel, iscedCode } = application.programme ?? {};
  if (!host || !eqfLevel || !iscedCode) return { partner: null, home: null, eqfLevel: eqfLevel ?? null, iscedCode: iscedCode ?? null };
  const find = async (owner: string, label: string): Promise<UsedGradingTable | null> => {
    const table = await tx.gradingTable.findUnique({ where: { owner_eqfLevel_iscedCode: { owner, eqfLevel, iscedCode } }, select: { id: true, grades: true } });
    return table ? { id: table.id, label: `${label} — EQF ${eqfLevel}, ISCED ${iscedCode}`, grades: table.grades as GradeCount[] } : null;
  };
  return {
    partner: await find(host.partnerInstitutionId, host.partnerInstitution.name),
    home: await find(HOME_OWNER, await homeInstitutionName("—")),
    eqfLevel,
    iscedCode,
  };
}
