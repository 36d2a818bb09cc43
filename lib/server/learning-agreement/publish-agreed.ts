import "server-only";
import { db } from "@/lib/server/db/client";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { storeGenerated } from "@/lib/server/storage/store-upload";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";
import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { agreementPdf } from "./agreement-pdf";
import { AGREEMENT_SELECT, toAgreementView } from "./get-agreement";

/**
 * Once all three have signed: the PDF copy is made and stored, fills the
 * dossier's learning-agreement piece, goes by e-mail to each party, and the
 * application moves on from "nominated". Safe to run again.
 */
export async function publishAgreedVersion(versionId: string): Promise<void> {
  const version = await db.learningAgreementVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { state: true, pdfFileId: true, agreementId: true },
  });
  if (version.state !== "AGREED" || version.pdfFileId) return;
  const agreement = toAgreementView(await db.learningAgreement.findUniqueOrThrow({ where: { id: version.agreementId }, select: AGREEMENT_SELECT }));
  const agreed = agreement.versions.find((v) => v.id === versionId)!;
  const student = await db.outgoingApplication.findUniqueOrThrow({
    where: { id: agreement.applicationId },
    select: { student: { select: { id: true, locale: true } } },
  });
  const bytes = await agreementPdf(
    { ...agreement, versionNumber: agreed.number, contentHash: agreed.contentHash, content: agreed.content, signatures: agreed.signatures },
    student.student.locale,
  );
  const content: LearningAgreementContent = agreed.content;
  const attachment = {
    filename: `learning-agreement-v${agreed.number}.pdf`,
    contentType: "application/pdf",
    contentBase64: Buffer.from(bytes).toString("base64"),
  };

  await storeGenerated(bytes, "application/pdf", (stored) =>
    db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "LearningAgreementVersion" WHERE id = ${versionId} FOR UPDATE`;
      const current = await tx.learningAgreementVersion.findUniqueOrThrow({ where: { id: versionId }, select: { pdfFileId: true } });
      // Published meanwhile by another call: throwing discards this copy's stored file.
      if (current.pdfFileId) throw new AlreadyPublished();
      const piece = await tx.dossierPiece.upsert({
        where: { applicationId_kind: { applicationId: agreement.applicationId, kind: "LEARNING_AGREEMENT" } },
        create: { applicationId: agreement.applicationId, kind: "LEARNING_AGREEMENT", status: "ACCEPTED" },
        update: { status: "ACCEPTED", version: { increment: 1 } },
        select: { id: true },
      });
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: attachment.filename, uploadedById: "system", pieceId: piece.id },
        select: { id: true },
      });
      await tx.dossierPiece.update({ where: { id: piece.id }, data: { currentFileId: file.id } });
      await tx.learningAgreementVersion.update({ where: { id: versionId }, data: { pdfFileId: file.id } });
      const application = await tx.outgoingApplication.update({
        where: { id: agreement.applicationId },
        data: { version: { increment: 1 } },
        select: { status: true, version: true, student: { select: { email: true, locale: true, name: true } } },
      });
      if (application.status === "NOMINATED") {
        await transitionApplication(tx, {
          applicationId: agreement.applicationId,
          from: "NOMINATED",
          to: "LEARNING_AGREEMENT_SIGNED",
          expectedVersion: application.version,
          actor: "system",
          actorId: null,
          student: application.student,
          context: { roundOpen: true, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true },
          // The student is told once, by the signed copy's e-mail below.
          quiet: true,
        });
      }
      await dossierSnapshot(tx, agreement.applicationId);
      const recipients = [
        { email: agreement.student.email, locale: student.student.locale, name: agreement.student.name },
        { email: content.mobility.sendingContact.email, locale: "fr" as const, name: content.mobility.sendingContact.name },
        { email: content.mobility.receivingContact.email, locale: "en" as const, name: content.mobility.receivingContact.name },
      ];
      for (const recipient of recipients) {
        await notify(tx, recipient, "agreementAgreed", { name: recipient.name, student: agreement.student.name, number: agreed.number }, [attachment]);
      }
    }),
  ).catch((error) => {
    if (!(error instanceof AlreadyPublished)) throw error;
  });
  deliverSoon();
}

class AlreadyPublished extends Error {}
