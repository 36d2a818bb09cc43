import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { endsSessions, leavesNoAdministrator, type StaffRole } from "@/lib/domain/staff";
import { staffScope } from "./staff-scope";

type Change = { userId: string; version: number; role: StaffRole; departmentId: string; partnerInstitutionId: string; active: boolean };

const describe = (a: { role: string; departmentId: string | null; partnerInstitutionId: string | null }) =>
  [a.role, a.departmentId && `department:${a.departmentId}`, a.partnerInstitutionId && `partner:${a.partnerInstitutionId}`].filter(Boolean).join(" ");

/**
 * The administrator changes a staff account's role, scope or activity, with
 * the version they read. Anything that changes what the person may do ends
 * their open sessions (see `sessionVersion`). The administrators' rows are
 * locked first, so that two administrators demoting each other at once
 * cannot leave the portal without one.
 */
export async function updateStaff(user: CurrentUser, change: Change): Promise<{ version: number }> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE role = 'ADMINISTRATOR' FOR UPDATE`;
    const before = await tx.user.findUnique({
      where: { id: change.userId },
      select: { role: true, departmentId: true, partnerInstitutionId: true, deactivatedAt: true, version: true },
    });
    if (!before || before.role === "STUDENT") throw new AppError("not_found");
    if (before.version !== change.version) throw new AppError("conflict");
    const scope = await staffScope(tx, change.role, change);

    const administrators = await tx.user.findMany({ where: { role: "ADMINISTRATOR" }, select: { id: true, role: true, deactivatedAt: true } });
    const accounts = administrators.map((a) => ({ id: a.id, role: a.role, active: !a.deactivatedAt }));
    if (leavesNoAdministrator(accounts, { id: change.userId, role: change.role, active: change.active })) throw new AppError("refused", "last_administrator");

    const was = { role: before.role, active: !before.deactivatedAt, departmentId: before.departmentId, partnerInstitutionId: before.partnerInstitutionId };
    const will = { role: change.role, active: change.active, ...scope };
    await tx.user.update({
      where: { id: change.userId },
      data: {
        role: change.role,
        ...scope,
        deactivatedAt: change.active ? null : (before.deactivatedAt ?? new Date()),
        version: { increment: 1 },
        ...(endsSessions(was, will) ? { sessionVersion: { increment: 1 } } : {}),
      },
    });
    const audit = { actorId: user.id, entityType: "User", entityId: change.userId };
    if (describe(was) !== describe(will)) await recordAudit(tx, { ...audit, action: "staff.role_changed", fromState: describe(was), toState: describe(will) });
    if (was.active !== will.active) await recordAudit(tx, { ...audit, action: will.active ? "staff.reactivated" : "staff.deactivated" });
    return { version: before.version + 1 };
  });
}
