import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { TAgreement } from "@/lib/validation/agreement";

const FIELDS = ["firstAcademicYear", "lastAcademicYear", "status"] as const;

function conditionRows(input: TAgreement) {
  return input.conditions.map((c, position) => ({
    position,
    direction: c.direction,
    iscedCode: c.iscedCode,
    eqfLevels: [...c.eqfLevels].sort(),
    studentsPerYear: c.studentsPerYear,
    monthsPerStudent: c.monthsPerStudent,
    languageCode: c.languageCode || null,
    languageLevel: c.languageLevel || null,
    departmentId: c.departmentId || null,
  }));
}

/**
 * The international office records an agreement with a partner, or edits
 * one with the version it read. The conditions are replaced as a whole (the
 * form sends the full list); the audit row names what changed.
 */
export async function saveAgreement(user: CurrentUser, input: TAgreement): Promise<{ id: string; version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const data = { firstAcademicYear: input.firstAcademicYear, lastAcademicYear: input.lastAcademicYear, status: input.status };
  const conditions = conditionRows(input);
  return db.$transaction(async (tx) => {
    if (!(await tx.partnerInstitution.findUnique({ where: { id: input.partnerInstitutionId }, select: { id: true } }))) throw new AppError("not_found");
    const departments = new Set(conditions.map((c) => c.departmentId).filter((d): d is string => d !== null));
    if ((await tx.department.count({ where: { id: { in: [...departments] } } })) !== departments.size) throw new AppError("not_found");
    if (!input.id) {
      const created = await tx.interInstitutionalAgreement.create({
        data: { ...data, partnerInstitutionId: input.partnerInstitutionId, conditions: { create: conditions } },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "agreement.created",
        entityType: "InterInstitutionalAgreement",
        entityId: created.id,
        toState: input.status,
      });
      return created;
    }
    const before = await tx.interInstitutionalAgreement.findFirst({
      where: { id: input.id, partnerInstitutionId: input.partnerInstitutionId },
      select: {
        firstAcademicYear: true,
        lastAcademicYear: true,
        status: true,
        conditions: { orderBy: { position: "asc" }, omit: { id: true, agreementId: true } },
      },
    });
    if (!before) throw new AppError("not_found");
    const updated = await tx.interInstitutionalAgreement.updateMany({
      where: { id: input.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    await tx.cooperationCondition.deleteMany({ where: { agreementId: input.id } });
    await tx.cooperationCondition.createMany({ data: conditions.map((c) => ({ ...c, agreementId: input.id! })) });
    const changed: string[] = FIELDS.filter((f) => before[f] !== data[f]);
    if (JSON.stringify(before.conditions) !== JSON.stringify(conditions)) changed.push("conditions");
    await recordAudit(tx, {
      actorId: user.id,
      action: "agreement.updated",
      entityType: "InterInstitutionalAgreement",
      entityId: input.id,
      fromState: before.status,
      toState: input.status,
      reason: changed.join(", ") || null,
    });
    return { id: input.id, version: (input.version ?? 0) + 1 };
  });
}
