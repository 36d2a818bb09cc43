import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { z } from "zod";
import type { ZProgramme } from "@/lib/validation/programme";

/**
 * The administrator creates or edits a programme (name, EQF level, ISCED-F
 * code) or archives it: an archived programme is offered to no new
 * application and stays on the ones that name it.
 */
export async function saveProgramme(user: CurrentUser, input: z.output<typeof ZProgramme>): Promise<{ id: string; version: number }> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  try {
    const saved = await db.$transaction(async (tx) => {
      if (!(await tx.department.count({ where: { id: input.departmentId } }))) throw new AppError("not_found");
      const data = { name: input.name, eqfLevel: input.eqfLevel, iscedCode: input.iscedCode };
      const describe = (p: { name: string; eqfLevel: number; iscedCode: string | null; archived: boolean }) =>
        `${p.name} EQF ${p.eqfLevel} ISCED ${p.iscedCode ?? "-"}${p.archived ? " (archived)" : ""}`;
      if (!input.id) {
        const created = await tx.programme.create({
          data: { ...data, departmentId: input.departmentId, archivedAt: input.archived ? new Date() : null },
          select: { id: true, version: true },
        });
        await recordAudit(tx, { actorId: user.id, action: "programme.saved", entityType: "Programme", entityId: created.id, toState: describe(input) });
        return created;
      }
      const before = await tx.programme.findFirst({ where: { id: input.id, departmentId: input.departmentId } });
      if (!before) throw new AppError("not_found");
      const updated = await tx.programme.updateMany({
        where: { id: input.id, version: input.version },
        data: { ...data, archivedAt: input.archived ? (before.archivedAt ?? new Date()) : null, version: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("conflict");
      await recordAudit(tx, {
        actorId: user.id,
        action: "programme.saved",
        entityType: "Programme",
        entityId: input.id,
        fromState: describe({ ...before, archived: Boolean(before.archivedAt) }),
        toState: describe(input),
      });
      return { id: input.id, version: (input.version ?? 0) + 1 };
    });
    return saved;
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("invalid", undefined, { name: V.nameTaken });
    throw error;
  }
}
