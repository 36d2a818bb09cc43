import "server-only";
import { rm } from "node:fs/promises";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { receiveUpload, UploadRefused } from "@/lib/server/dossier/receive-upload";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { env } from "@/lib/server/env";

/** The copy of an agreement signed by both institutions: a PDF, checked like any document; a new one replaces the last. */
export async function uploadSignedCopy(
  user: CurrentUser,
  { agreementId, fileName, body }: { agreementId: string; fileName: string; body: ReadableStream<Uint8Array> | null },
): Promise<{ fileId: string }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  if (!(await db.interInstitutionalAgreement.findUnique({ where: { id: agreementId }, select: { id: true } }))) throw new AppError("not_found");
  const upload = await receiveUpload(body, env().UPLOAD_MAX_BYTES);
  if (upload.contentType !== "application/pdf") {
    await rm(upload.tempPath, { force: true });
    throw new UploadRefused("unsupported_type");
  }
  return storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: safeDisplayName(fileName, upload.contentType), uploadedById: user.id },
        select: { id: true },
      });
      await tx.interInstitutionalAgreement.update({ where: { id: agreementId }, data: { signedCopyId: file.id, version: { increment: 1 } } });
      await recordAudit(tx, { actorId: user.id, action: "agreement.signed_copy_uploaded", entityType: "InterInstitutionalAgreement", entityId: agreementId });
      return { fileId: file.id };
    }),
  );
}
