import "server-only";
import { rm } from "node:fs/promises";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { env } from "@/lib/server/env";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { receiveUpload, UploadRefused } from "@/lib/server/dossier/receive-upload";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { displayName } from "@/lib/domain/people";
import { addTranscriptVersion } from "./enter-transcript";
import { hostSigner } from "./host-authority";
import { openEndOfStayLink } from "./links";

/**
 * The host sends its own transcript of records as a PDF through its
 * transcript link (checked like every upload; PDF only): a version with no
 * lines yet, which the home coordinator transcribes. The link is then used.
 */
export async function uploadHostTranscript(token: string, { fileName, body }: { fileName: string; body: ReadableStream<Uint8Array> | null }) {
  // Refused before a byte is read when the link cannot be used.
  const opened = await openEndOfStayLink(token);
  // A token that was never issued names nothing: not found, like any unknown address.
  if (!opened.ok) throw opened.reason === "invalid" ? new AppError("not_found") : new AppError("refused", `invitation_${opened.reason}`);
  if (opened.link.request !== "TRANSCRIPT") throw new AppError("refused", "invitation_invalid");
  const upload = await receiveUpload(body, env().UPLOAD_MAX_BYTES);
  if (upload.contentType !== "application/pdf") {
    await rm(upload.tempPath, { force: true });
    throw new UploadRefused("unsupported_type");
  }
  const { applicationId } = opened.link;
  return storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const signer = await hostSigner(tx, { token, user: null }, "TRANSCRIPT", applicationId);
      const application = await tx.outgoingApplication.findUniqueOrThrow({
        where: { id: applicationId },
        select: { firstName: true, lastName: true, student: { select: { name: true } } },
      });
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: safeDisplayName(fileName, upload.contentType), uploadedById: `host:${signer.email}` },
        select: { id: true },
      });
      const number = await addTranscriptVersion(tx, {
        applicationId,
        entries: [],
        signer: { name: displayName(application, application.student.name), email: signer.email, source: signer.source },
        pdfFileId: file.id,
        actorId: null,
      });
      return { number };
    }),
  );
}
