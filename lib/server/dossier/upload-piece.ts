import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { env } from "@/lib/server/env";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { SOURCE_OF, type PieceKind } from "@/lib/domain/dossier/pieces";
import { getApplication } from "@/lib/server/application/get-application";
import { receiveUpload } from "./receive-upload";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";

const UPLOAD_WINDOW_SECONDS = 10 * 60;

type UploadedPiece = { pieceId: string; fileId: string; size: number; contentType: string; originalName: string };

/**
 * A student uploads (or replaces) a piece of their dossier; earlier files
 * stay in the piece's history.
 */
export async function uploadPiece(
  user: CurrentUser,
  applicationId: string,
  kind: PieceKind,
  fileName: string,
  body: ReadableStream<Uint8Array> | null,
): Promise<UploadedPiece> {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  // Counted before any other work, so a flood costs one query per request.
  if (!(await consumeRateLimit(`upload:${user.id}`, env().UPLOAD_RATE_LIMIT, UPLOAD_WINDOW_SECONDS))) {
    throw new AppError("rate_limited");
  }
  const application = await getApplication(user, applicationId);
  if (!application) throw new AppError("not_found");
  const item = application.checklist.flatMap((phase) => phase.items).find((i) => i.kind === kind);
  if (!item || SOURCE_OF[kind] !== "upload" || !item.studentMayProvide) throw new AppError("refused", "piece_not_open");

  const upload = await receiveUpload(body, env().UPLOAD_MAX_BYTES);
  const originalName = safeDisplayName(fileName, upload.contentType);
  return storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const piece = await tx.dossierPiece.upsert({
        where: { applicationId_kind: { applicationId, kind } },
        create: { applicationId, kind, status: "UPLOADED" },
        update: { status: "UPLOADED", version: { increment: 1 } },
        select: { id: true },
      });
      const file = await tx.storedFile.create({
        data: { ...stored, originalName, uploadedById: user.id, pieceId: piece.id },
        select: { id: true },
      });
      await tx.dossierPiece.update({ where: { id: piece.id }, data: { currentFileId: file.id } });
      await tx.outgoingApplication.update({ where: { id: applicationId }, data: { version: { increment: 1 } } });
      await dossierSnapshot(tx, applicationId);
      await recordAudit(tx, {
        actorId: user.id,
        action: "piece.uploaded",
        entityType: "OutgoingApplication",
        entityId: applicationId,
        toState: `${kind}:UPLOADED`,
        reason: originalName,
      });
      return { pieceId: piece.id, fileId: file.id, size: upload.size, contentType: upload.contentType, originalName };
    }),
  );
}
