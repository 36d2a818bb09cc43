import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { encryptField } from "@/lib/server/crypto/field-encryption";
import { checkIban } from "@/lib/domain/iban";
import { getApplication } from "@/lib/server/application/get-application";
import type { TBankDetails } from "@/lib/validation/application";

/** The student's bank details for the grant: the IBAN is stored encrypted and shown masked. */
export async function saveBankDetails(user: CurrentUser, input: TBankDetails): Promise<void> {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  const application = await getApplication(user, input.applicationId);
  if (!application) throw new AppError("not_found");
  const item = application.checklist.flatMap((p) => p.items).find((i) => i.kind === "BANK_DETAILS");
  if (!item?.studentMayProvide) throw new AppError("refused", "piece_not_open");
  const iban = checkIban(input.iban);
  if (!iban.ok) throw new AppError("invalid", undefined, { iban: V.iban });
  const bic = input.bic.replace(/\s/g, "").toUpperCase();

  await db.$transaction(async (tx) => {
    const details = { holderName: input.holderName, ibanEncrypted: encryptField(iban.iban), ibanLast4: iban.iban.slice(-4), bic };
    await tx.bankDetails.upsert({
      where: { applicationId: application.id },
      create: { applicationId: application.id, ...details },
      update: details,
    });
    await tx.dossierPiece.upsert({
      where: { applicationId_kind: { applicationId: application.id, kind: "BANK_DETAILS" } },
      create: { applicationId: application.id, kind: "BANK_DETAILS", status: "UPLOADED" },
      update: { status: "UPLOADED", version: { increment: 1 } },
    });
    await tx.outgoingApplication.update({ where: { id: application.id }, data: { version: { increment: 1 } } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "piece.uploaded",
      entityType: "OutgoingApplication",
      entityId: application.id,
      toState: "BANK_DETAILS:UPLOADED",
    });
  });
}
