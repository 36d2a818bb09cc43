import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { fillFreePlaces } from "./fill-free-places";
import { endOffer } from "./offer-place";
import { HELD, lockRound } from "./selection-state";

/**
 * The place an application holds goes back to its destination (declined,
 * not answered in time, or the student withdrew) and down the waiting list
 * at once, in the caller's transaction. Nothing happens when it holds none.
 */
export async function releasePlace(
  tx: Prisma.TransactionClient,
  applicationId: string,
  state: "DECLINED" | "LAPSED" | "RELEASED",
  now = new Date(),
): Promise<boolean> {
  const application = await tx.outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { roundId: true } });
  await lockRound(tx, application.roundId);
  const held = await tx.placeOffer.findFirst({
    where: { applicationId, state: { in: [...HELD] } },
    select: { id: true, roundId: true, partnerInstitutionId: true, quotaId: true },
  });
  if (!held) return false;
  await endOffer(tx, held, state, now);
  await fillFreePlaces(tx, held.roundId, now);
  return true;
}
