import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";

/** The office deletes a round made by mistake; one that has applications stays. The row lock makes a student's start wait for the answer. */
export async function deleteRound(user: CurrentUser, { roundId }: { roundId: string }): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const [round] = await tx.$queryRaw<Array<{ name: string }>>`SELECT name FROM "ApplicationRound" WHERE id = ${roundId} FOR UPDATE`;
    if (!round) throw new AppError("not_found");
    if (await tx.outgoingApplication.count({ where: { roundId } })) throw new AppError("refused", "round_has_applications");
    await tx.applicationRound.delete({ where: { id: roundId } });
    await recordAudit(tx, { actorId: user.id, action: "round.deleted", entityType: "ApplicationRound", entityId: roundId, fromState: round.name });
  });
}
