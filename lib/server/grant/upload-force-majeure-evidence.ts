import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { reviewableApplications } from "@/lib/server/application/access";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { receiveUpload } from "@/lib/server/dossier/receive-upload";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { env } from "@/lib/server/env";

/** The institution's written report of a force majeure, uploaded by the application's coordinators; checked like any document. */
export async function uploadForceMajeureEvidence(
  user: CurrentUser,
  { applicationId, fileName, body }: { applicationId: string; fileName: string; body: ReadableStream<Uint8Array> | null },
): Promise<{ fileId: string }> {
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  const withdrawal = await db.withdrawal.findFirst({ where: { applicationId, application: scope }, select: { id: true, forceMajeureReported: true } });
  if (!withdrawal) throw new AppError("not_found");
  if (!withdrawal.forceMajeureReported) throw new AppError("refused", "no_force_majeure");
  const upload = await receiveUpload(body, env().UPLOAD_MAX_BYTES);
  return storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: safeDisplayName(fileName, upload.contentType), uploadedById: user.id },
        select: { id: true },
      });
      await tx.withdrawal.update({ where: { id: withdrawal.id }, data: { evidenceFileId: file.id } });
      await recordAudit(tx, { actorId: user.id, action: "withdrawal.evidence_uploaded", entityType: "OutgoingApplication", entityId: applicationId });
      return { fileId: file.id };
    }),
  );
}
