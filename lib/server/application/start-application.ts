import "server-only";
import { openRoundsWhere } from "@/lib/server/round/open-rounds";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";

/** Opens (or reopens) the student's application in an open round. */
export async function startApplication(user: CurrentUser, roundId: string, now = new Date()): Promise<{ id: string }> {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  const round = await db.applicationRound.findFirst({
    where: { id: roundId, ...openRoundsWhere(now) },
    select: { id: true },
  });
  if (!round) throw new AppError("refused", "round_closed");
  const existing = await db.outgoingApplication.findUnique({
    where: { studentId_roundId: { studentId: user.id, roundId } },
    select: { id: true },
  });
  if (existing) return existing;
  const [firstName, ...rest] = user.name.split(" ");
  try {
    return await createDraft(user, roundId, firstName ?? "", rest.join(" "));
  } catch (error) {
    // Two tabs starting at once: the second finds the first one's draft.
    if (uniqueViolation(error)) {
      return db.outgoingApplication.findUniqueOrThrow({
        where: { studentId_roundId: { studentId: user.id, roundId } },
        select: { id: true },
      });
    }
    throw error;
  }
}

function createDraft(user: CurrentUser, roundId: string, firstName: string, lastName: string) {
  return db.$transaction(async (tx) => {
    const created = await tx.outgoingApplication.create({
      data: {
        studentId: user.id,
        roundId,
        form: { personal: { firstName, lastName } },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "application.created",
      entityType: "OutgoingApplication",
      entityId: created.id,
      toState: "DRAFT",
    });
    return created;
  });
}
