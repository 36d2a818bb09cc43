import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { storeGenerated } from "@/lib/server/storage/store-upload";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { getFactSheet } from "./get-factsheet";
import { acceptanceLetterPdf } from "./acceptance-letter";
import { requireOffice } from "./incoming-applications";

type Decision = { applicationId: string; version: number; decision: "ACCEPTED" | "DECLINED"; message: string };

/**
 * The office accepts or declines; the student is e-mailed in their language,
 * with the acceptance letter as a PDF when accepted. The letter is stored as
 * sent, for the office's page and the student's status page. Decisions are final.
 */
export async function decideIncomingApplication(user: CurrentUser, decision: Decision): Promise<void> {
  requireOffice(user);
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  const applicant = await db.incomingApplication.findUnique({ where: { id: decision.applicationId } });
  if (!applicant) throw new AppError("not_found");
  const record = async (tx: Prisma.TransactionClient, letter: { fileId: string; bytes: Uint8Array } | null) => {
    const application = await tx.incomingApplication.findUniqueOrThrow({ where: { id: decision.applicationId } });
    if (application.status !== "SUBMITTED") throw new AppError("refused", "already_decided");
    const updated = await tx.incomingApplication.updateMany({
      where: { id: application.id, version: decision.version, status: "SUBMITTED" },
      data: {
        status: decision.decision,
        decisionMessage: decision.message || null,
        decidedById: user.id,
        decidedAt: new Date(),
        acceptanceLetterFileId: letter?.fileId ?? null,
        version: { increment: 1 },
      },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: user.id,
      action: "incoming.decided",
      entityType: "IncomingApplication",
      entityId: application.id,
      fromState: "SUBMITTED",
      toState: decision.decision,
      reason: decision.message || null,
    });
    const recipient = { email: application.email, locale: application.locale };
    const params = { name: application.firstName, school: sheet.content.institution.name, message: decision.message || "—" };
    if (letter)
      await notify(tx, recipient, "incomingAccepted", params, [
        { filename: LETTER_NAME, contentType: "application/pdf", contentBase64: Buffer.from(letter.bytes).toString("base64") },
      ]);
    else await notify(tx, recipient, "incomingDeclined", params);
  };
  if (decision.decision === "ACCEPTED") {
    // Refused early, before a letter is made and stored for nothing; checked again under the transaction.
    if (applicant.status !== "SUBMITTED") throw new AppError("refused", "already_decided");
    const bytes = await acceptanceLetterPdf(sheet.content, applicant, decision.message);
    await storeGenerated(bytes, "application/pdf", (stored) =>
      db.$transaction(async (tx) => {
        const file = await tx.storedFile.create({ data: { ...stored, originalName: LETTER_NAME, uploadedById: user.id }, select: { id: true } });
        await record(tx, { fileId: file.id, bytes });
      }),
    );
  } else await db.$transaction((tx) => record(tx, null));
  deliverSoon();
}

const LETTER_NAME = "acceptance-letter.pdf";
