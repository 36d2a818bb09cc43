import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { z } from "zod";
import type { ZHomeInstitution } from "@/lib/validation/institution";
import { forgetHomeInstitution, THE_HOME_INSTITUTION } from "./get-home-institution";

const FIELDS = ["name", "erasmusCode", "schacCode", "countryCode", "city", "website"] as const;

/**
 * The administrator sets the home institution's identity (created the first
 * time), with the version they read; the audit row names the fields changed.
 */
export async function updateHomeInstitution(user: CurrentUser, input: z.output<typeof ZHomeInstitution>): Promise<{ version: number }> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const data = { ...input, schacCode: input.schacCode || null, website: input.website || null, version: undefined };
  const saved = await db.$transaction(async (tx) => {
    const before = await tx.homeInstitution.findFirst(THE_HOME_INSTITUTION);
    if (!before) {
      const created = await tx.homeInstitution.create({ data: { ...data, version: 1 } });
      await recordAudit(tx, { actorId: user.id, action: "institution.updated", entityType: "HomeInstitution", entityId: created.id, toState: "v1" });
      return { version: 1 };
    }
    const updated = await tx.homeInstitution.updateMany({ where: { id: before.id, version: input.version }, data: { ...data, version: { increment: 1 } } });
    if (updated.count !== 1) throw new AppError("conflict");
    const changed = FIELDS.filter((field) => before[field] !== data[field]);
    await recordAudit(tx, {
      actorId: user.id,
      action: "institution.updated",
      entityType: "HomeInstitution",
      entityId: before.id,
      fromState: `v${input.version}`,
      toState: `v${input.version + 1}`,
      reason: changed.join(", ") || null,
    });
    return { version: input.version + 1 };
  });
  forgetHomeInstitution();
  return saved;
}
