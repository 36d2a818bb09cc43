import "server-only";
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { ZSelectionSettings } from "@/lib/validation/selection";
import { lockRound } from "./selection-state";

/** The international office sets how the round's candidates are ranked and how long an offer waits for its answer, until the allocation is confirmed. */
export async function saveSelectionSettings(user: CurrentUser, input: z.output<typeof ZSelectionSettings>): Promise<{ version: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    await lockRound(tx, input.roundId);
    const round = await tx.applicationRound.findUniqueOrThrow({
      where: { id: input.roundId },
      select: { allocationConfirmedAt: true, selectionSettingsVersion: true },
    });
    if (round.allocationConfirmedAt) throw new AppError("refused", "allocation_confirmed");
    // Settings saved by someone else since this form read them are not overwritten.
    if (round.selectionSettingsVersion !== input.version) throw new AppError("conflict");
    await tx.applicationRound.update({
      where: { id: input.roundId },
      data: {
        selectionWeights: input.weights,
        selectionTieBreaks: input.tieBreaks,
        offerAnswerDays: input.offerAnswerDays,
        selectionSettingsVersion: { increment: 1 },
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "allocation.settings_changed",
      entityType: "ApplicationRound",
      entityId: input.roundId,
      toState: `${JSON.stringify(input.weights)} ties ${input.tieBreaks.join(">")} answer ${input.offerAnswerDays} d`,
    });
    return { version: input.version + 1 };
  });
}
