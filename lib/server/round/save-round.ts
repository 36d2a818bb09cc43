import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { z } from "zod";
import type { ZRound } from "@/lib/validation/round-setup";
import { forgetEligibilityContexts } from "./eligible-nationalities";
import { roundColumns } from "./round-columns";

/** The international office creates a round or edits one with the version it read; the audit row names the fields changed. */
export async function saveRound(user: CurrentUser, input: z.output<typeof ZRound>): Promise<{ id: string; version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const data = roundColumns(input);
  const saved = await db.$transaction(async (tx) => {
    if (!input.id) {
      const created = await tx.applicationRound.create({ data, select: { id: true, version: true } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "round.saved",
        entityType: "ApplicationRound",
        entityId: created.id,
        toState: `${data.name} ${data.academicYear}`,
      });
      return created;
    }
    const before = await tx.applicationRound.findUnique({ where: { id: input.id } });
    if (!before) throw new AppError("not_found");
    const updated = await tx.applicationRound.updateMany({ where: { id: input.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError("conflict");
    const changed = (Object.keys(data) as Array<keyof typeof data>).filter((key) => JSON.stringify(before[key]) !== JSON.stringify(data[key]));
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.saved",
      entityType: "ApplicationRound",
      entityId: input.id,
      fromState: `v${input.version}`,
      toState: `v${(input.version ?? 0) + 1}`,
      reason: changed.join(", ") || null,
    });
    return { id: input.id, version: (input.version ?? 0) + 1 };
  });
  forgetEligibilityContexts();
  return saved;
}
