import "server-only";
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { reviewableApplications } from "@/lib/server/application/access";
import type { ZCandidateMarks } from "@/lib/validation/selection";
import { lockRound } from "./selection-state";

/** A coordinator of the candidate's department, or the office, marks the motivation and records a previous stay, until the allocation is confirmed. */
export async function markCandidate(user: CurrentUser, input: z.output<typeof ZCandidateMarks>): Promise<void> {
  const scope = reviewableApplications(user);
  if (!scope || !["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"].includes(user.role)) throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({ where: { AND: [{ id: input.applicationId }, scope] }, select: { roundId: true } });
    if (!application) throw new AppError("not_found");
    await lockRound(tx, application.roundId);
    const round = await tx.applicationRound.findUniqueOrThrow({ where: { id: application.roundId }, select: { allocationConfirmedAt: true } });
    if (round.allocationConfirmedAt) throw new AppError("refused", "allocation_confirmed");
    const motivationMark = input.motivationMark === "" ? null : input.motivationMark;
    await tx.outgoingApplication.update({ where: { id: input.applicationId }, data: { motivationMark, previousErasmusStay: input.previousErasmusStay } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "allocation.candidate_marked",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: `motivation ${motivationMark ?? "—"}, previous stay ${input.previousErasmusStay ? "yes" : "no"}`,
    });
  });
}
