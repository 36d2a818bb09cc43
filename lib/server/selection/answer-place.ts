import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { lockRound } from "./selection-state";
import { releasePlace } from "./release-place";

/**
 * The student accepts the place offered to them, or declines it: a declined
 * place goes at once to the next candidate waiting for it, and the student's
 * application is withdrawn (they leave the round's waiting lists too).
 */
export async function answerPlace(user: CurrentUser, { applicationId, accept }: { applicationId: string; accept: boolean }, now = new Date()): Promise<void> {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { id: applicationId, studentId: user.id },
      select: { id: true, roundId: true, status: true, version: true, student: { select: { name: true, email: true, locale: true } } },
    });
    if (!application) throw new AppError("not_found");
    await lockRound(tx, application.roundId);
    const offer = await tx.placeOffer.findFirst({
      where: { applicationId, state: "OFFERED" },
      select: { id: true, answerBy: true, partnerInstitutionId: true },
    });
    if (!offer) throw new AppError("refused", "no_open_offer");
    if (offer.answerBy < now) throw new AppError("refused", "offer_lapsed");
    await recordAudit(tx, {
      actorId: user.id,
      action: accept ? "place.accepted" : "place.declined",
      entityType: "OutgoingApplication",
      entityId: applicationId,
      toState: offer.partnerInstitutionId,
    });
    if (accept) {
      await tx.placeOffer.update({ where: { id: offer.id }, data: { state: "ACCEPTED", answeredAt: now } });
      return;
    }
    // Withdrawn first, so that the freed place is not offered back to them.
    await transitionApplication(tx, {
      applicationId,
      from: application.status,
      to: "WITHDRAWN",
      expectedVersion: application.version,
      actor: "student",
      actorId: user.id,
      student: application.student,
      context: { roundOpen: false, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true, reason: "place declined" },
      quiet: true,
    });
    await releasePlace(tx, applicationId, "DECLINED", now);
  });
  deliverSoon();
}
