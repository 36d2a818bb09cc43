import "server-only";
import { db } from "@/lib/server/db/client";
import { recordAudit } from "@/lib/server/audit";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { notify } from "@/lib/server/mail/notify";
import { releasePlace } from "./release-place";
import { lockRound } from "./selection-state";

/**
 * Offers not answered by their day lapse: the student's application is
 * withdrawn, they are told, and the place goes down its waiting list at
 * once. Each lapse is its own transaction; run by the outbox worker.
 */
export async function lapseOffers(now = new Date()): Promise<number> {
  const due = await db.placeOffer.findMany({ where: { state: "OFFERED", answerBy: { lt: now } }, select: { applicationId: true }, take: 200 });
  let lapsed = 0;
  for (const { applicationId } of due) {
    const done = await db.$transaction(async (tx) => {
      const application = await tx.outgoingApplication.findUniqueOrThrow({
        where: { id: applicationId },
        select: { roundId: true, status: true, version: true, student: { select: { name: true, email: true, locale: true } } },
      });
      await lockRound(tx, application.roundId);
      // Taken again under the round's lock: the student may have answered meanwhile.
      const still = await tx.placeOffer.findFirst({ where: { applicationId, state: "OFFERED", answerBy: { lt: now } }, select: { id: true } });
      if (!still) return false;
      await transitionApplication(tx, {
        applicationId,
        from: application.status,
        to: "WITHDRAWN",
        expectedVersion: application.version,
        actor: "system",
        actorId: null,
        student: application.student,
        context: { roundOpen: false, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true, reason: "offer not answered in time" },
        quiet: true,
      });
      await releasePlace(tx, applicationId, "LAPSED", now);
      await recordAudit(tx, { actorId: null, action: "place.lapsed", entityType: "OutgoingApplication", entityId: applicationId });
      await notify(tx, application.student, "placeLapsed", { name: application.student.name });
      return true;
    });
    if (done) lapsed++;
  }
  if (lapsed) deliverSoon();
  return lapsed;
}
