import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { translator } from "@/lib/i18n/translate";
import { reviewableApplications } from "@/lib/server/application/access";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";
import type { PieceKind } from "@/lib/domain/dossier/pieces";

type PieceReview = { applicationId: string; version: number; kind: PieceKind; decision: "accept" | "replace"; comment: string };

/**
 * A coordinator accepts a piece or asks for its replacement with a comment
 * the student sees (and is e-mailed). Refused as a conflict when the
 * application changed since the coordinator loaded it.
 */
export async function reviewPiece(user: CurrentUser, review: PieceReview): Promise<number> {
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  if (review.decision === "replace" && !review.comment.trim()) {
    throw new AppError("invalid", undefined, { comment: V.commentRequired });
  }
  const version = await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { AND: [{ id: review.applicationId }, scope] },
      select: { id: true, version: true, student: { select: { email: true, locale: true, name: true } } },
    });
    if (!application) throw new AppError("not_found");
    const piece = await tx.dossierPiece.findUnique({
      where: { applicationId_kind: { applicationId: application.id, kind: review.kind } },
      select: { id: true, status: true },
    });
    if (!piece) throw new AppError("refused", "piece_missing");
    const bumped = await tx.outgoingApplication.updateMany({
      where: { id: application.id, version: review.version },
      data: { version: { increment: 1 } },
    });
    if (bumped.count !== 1) throw new AppError("conflict");
    const status = review.decision === "accept" ? "ACCEPTED" : "TO_REPLACE";
    await tx.dossierPiece.update({
      where: { id: piece.id },
      data: { status, reviewComment: review.comment || null, reviewedById: user.id, reviewedAt: new Date() },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: review.decision === "accept" ? "piece.accepted" : "piece.replacement_requested",
      entityType: "OutgoingApplication",
      entityId: application.id,
      fromState: `${review.kind}:${piece.status}`,
      toState: `${review.kind}:${status}`,
      reason: review.comment || null,
    });
    if (review.decision === "replace") {
      const t = translator(application.student.locale);
      await notify(tx, application.student, "pieceToReplace", {
        name: application.student.name,
        piece: t(`dossier.pieces.${review.kind}`),
        comment: review.comment,
      });
    }
    await dossierSnapshot(tx, application.id);
    return review.version + 1;
  });
  deliverSoon();
  return version;
}
