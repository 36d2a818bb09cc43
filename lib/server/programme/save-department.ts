import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { z } from "zod";
import { THE_HOME_INSTITUTION } from "@/lib/server/institution/get-home-institution";
import type { ZDepartment } from "@/lib/validation/programme";

/**
 * The administrator creates, renames or archives a department of the home
 * institution. Nothing is ever deleted: applications refer to departments.
 */
export async function saveDepartment(user: CurrentUser, input: z.output<typeof ZDepartment>): Promise<{ id: string; version: number }> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  try {
    const saved = await db.$transaction(async (tx) => {
      const archivedAt = input.archived ? new Date() : null;
      if (!input.id) {
        const home = await tx.homeInstitution.findFirst({ ...THE_HOME_INSTITUTION, select: { id: true } });
        if (!home) throw new AppError("refused", "home_institution_missing");
        const created = await tx.department.create({ data: { name: input.name, homeInstitutionId: home.id, archivedAt }, select: { id: true, version: true } });
        await recordAudit(tx, { actorId: user.id, action: "department.saved", entityType: "Department", entityId: created.id, toState: input.name });
        return created;
      }
      const before = await tx.department.findUnique({ where: { id: input.id }, select: { name: true, archivedAt: true } });
      if (!before) throw new AppError("not_found");
      const keepArchived = input.archived ? (before.archivedAt ?? archivedAt) : null;
      const updated = await tx.department.updateMany({
        where: { id: input.id, version: input.version },
        data: { name: input.name, archivedAt: keepArchived, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("conflict");
      await recordAudit(tx, {
        actorId: user.id,
        action: "department.saved",
        entityType: "Department",
        entityId: input.id,
        fromState: `${before.name}${before.archivedAt ? " (archived)" : ""}`,
        toState: `${input.name}${input.archived ? " (archived)" : ""}`,
      });
      return { id: input.id, version: (input.version ?? 0) + 1 };
    });
    return saved;
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("invalid", undefined, { name: V.nameTaken });
    throw error;
  }
}
