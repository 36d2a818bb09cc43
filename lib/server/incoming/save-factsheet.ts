import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { TFactSheet } from "@/lib/validation/factsheet";

/** Only the international office edits the fact sheet; an edit based on an older version is refused. */
export async function saveFactSheet(user: CurrentUser, factSheetId: string, version: number, content: TFactSheet): Promise<number> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const updated = await tx.factSheet.updateMany({
      where: { id: factSheetId, version },
      data: {
        content: content as unknown as Prisma.InputJsonValue,
        version: { increment: 1 },
        updatedById: user.id,
        erasmusCode: content.institution.erasmusCode,
      },
    });
    if (updated.count !== 1) {
      const exists = await tx.factSheet.findUnique({ where: { id: factSheetId }, select: { id: true } });
      throw new AppError(exists ? "conflict" : "not_found");
    }
    await recordAudit(tx, {
      actorId: user.id,
      action: "factsheet.updated",
      entityType: "FactSheet",
      entityId: factSheetId,
      fromState: `v${version}`,
      toState: `v${version + 1}`,
    });
    return version + 1;
  });
}
