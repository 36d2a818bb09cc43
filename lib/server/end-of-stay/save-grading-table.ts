import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { parseGradeLines } from "@/lib/domain/recognition/grading-table-csv";
import type { TGradingTableForm } from "@/lib/validation/end-of-stay";
import { HOME_OWNER } from "./grading-tables-for";

/** The international office enters or replaces a grading table, the home institution's or a partner's; audited. */
export async function saveGradingTable(user: CurrentUser, input: TGradingTableForm): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const parsed = parseGradeLines(input.grades);
  // The schema parsed the same text already.
  if (!parsed.ok) throw new AppError("invalid", undefined, { grades: "validation.gradeLines" });
  await db.$transaction(async (tx) => {
    const partnerInstitutionId = input.owner === HOME_OWNER ? null : input.owner;
    if (partnerInstitutionId && !(await tx.partnerInstitution.count({ where: { id: partnerInstitutionId } }))) throw new AppError("not_found");
    const key = { owner: input.owner, eqfLevel: input.eqfLevel, iscedCode: input.iscedCode };
    const saved = await tx.gradingTable.upsert({
      where: { owner_eqfLevel_iscedCode: key },
      create: { ...key, partnerInstitutionId, grades: parsed.rows },
      update: { grades: parsed.rows, version: { increment: 1 } },
      select: { id: true, version: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "grading_table.saved",
      entityType: "GradingTable",
      entityId: saved.id,
      toState: `v${saved.version} EQF ${input.eqfLevel} ISCED ${input.iscedCode}`,
    });
  });
}
