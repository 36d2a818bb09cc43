import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { TAgreement } from "@/lib/validation/agreement";
import { announceAgreementChange } from "@/lib/server/ewp/iia-notifications";
import { sendEwpNotificationsSoon } from "@/lib/server/ewp/notifications";

const FIELDS = ["firstAcademicYear", "lastAcademicYear", "status"] as const;

function conditionRows(input: Pick<TAgreement, "conditions">) {
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
 * Writes an agreement inside the caller's transaction: creates it, or edits
 * it with the version read. The conditions are replaced as a whole (the form
 * and the CSV file carry the full list); the audit row names what changed,
 * the partner's EWP node is notified (IIA CNR), and an edit that changes
 * nothing writes nothing.
 */
export async function writeAgreement(
  tx: Prisma.TransactionClient,
  actorId: string,
  input: TAgreement,
): Promise<{ id: string; version: number; written: boolean }> {
  const data = { firstAcademicYear: input.firstAcademicYear, lastAcademicYear: input.lastAcademicYear, status: input.status };
  const conditions = conditionRows(input);
  if (!(await tx.partnerInstitution.findUnique({ where: { id: input.partnerInstitutionId }, select: { id: true } }))) throw new AppError("not_found");
  const departments = new Set(conditions.map((c) => c.departmentId).filter((d): d is string => d !== null));
  if ((await tx.department.count({ where: { id: { in: [...departments] } } })) !== departments.size) throw new AppError("not_found");
  if (!input.id) {
    const created = await tx.interInstitutionalAgreement.create({
      data: { ...data, partnerInstitutionId: input.partnerInstitutionId, conditions: { create: conditions } },
      select: { id: true, version: true },
    });
    await recordAudit(tx, { actorId, action: "agreement.created", entityType: "InterInstitutionalAgreement", entityId: created.id, toState: input.status });
    await announceAgreementChange(tx, input.partnerInstitutionId, created.id);
    return { ...created, written: true };
  }
  const before = await tx.interInstitutionalAgreement.findFirst({
    where: { id: input.id, partnerInstitutionId: input.partnerInstitutionId },
    select: {
      firstAcademicYear: true,
      lastAcademicYear: true,
      status: true,
      version: true,
      conditions: { orderBy: { position: "asc" }, omit: { id: true, agreementId: true } },
    },
  });
  if (!before) throw new AppError("not_found");
  if (before.version !== input.version) throw new AppError("conflict");
  const changed: string[] = FIELDS.filter((f) => before[f] !== data[f]);
  if (JSON.stringify(before.conditions) !== JSON.stringify(conditions)) changed.push("conditions");
  if (changed.length === 0) return { id: input.id, version: before.version, written: false };
  const updated = await tx.interInstitutionalAgreement.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new AppError("conflict");
  await tx.cooperationCondition.deleteMany({ where: { agreementId: input.id } });
  await tx.cooperationCondition.createMany({ data: conditions.map((c) => ({ ...c, agreementId: input.id! })) });
  await recordAudit(tx, {
    actorId,
    action: "agreement.updated",
    entityType: "InterInstitutionalAgreement",
    entityId: input.id,
    fromState: before.status,
    toState: input.status,
    reason: changed.join(", "),
  });
  await announceAgreementChange(tx, input.partnerInstitutionId, input.id);
  return { id: input.id, version: before.version + 1, written: true };
}

/** The international office records an agreement with a partner, or edits one with the version it read. */
export async function saveAgreement(user: CurrentUser, input: TAgreement): Promise<{ id: string; version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const { id, version } = await db.$transaction((tx) => writeAgreement(tx, user.id, input));
  sendEwpNotificationsSoon();
  return { id, version };
}
