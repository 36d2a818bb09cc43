import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { getFactSheet } from "./get-factsheet";
import { acceptanceLetterPdf } from "./acceptance-letter";
import { requireOffice } from "./incoming-applications";

/**
 * The office accepts or declines; the student is e-mailed in their language,
 * with the acceptance letter as a PDF when accepted. Decisions are final.
 */
export async function decideIncomingApplication(
  user: CurrentUser,
  decision: { applicationId: string; version: number; decision: "ACCEPTED" | "DECLINED"; message: string },
): Promise<void> {
  requireOffice(user);
  const sheet = await getFactSheet();
  if (!sheet) throw new AppError("not_found");
  await db.$transaction(async (tx) => {
    const application = await tx.incomingApplication.findUnique({ where: { id: decision.applicationId } });
    if (!application) throw new AppError("not_found");
    if (application.status !== "SUBMITTED") throw new AppError("refused", "already_decided");
    const updated = await tx.incomingApplication.updateMany({
      where: { id: application.id, version: decision.version, status: "SUBMITTED" },
      data: { status: decision.decision, decisionMessage: decision.message || null, decidedById: user.id, decidedAt: new Date(), version: { increment: 1 } },
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
    if (decision.decision === "ACCEPTED") {
      const letter = await acceptanceLetterPdf(sheet.content, application, decision.message);
      await notify(tx, recipient, "incomingAccepted", params, [
        { filename: "acceptance-letter.pdf", contentType: "application/pdf", contentBase64: Buffer.from(letter).toString("base64") },
      ]);
    } else {
      await notify(tx, recipient, "incomingDeclined", params);
    }
  });
  deliverSoon();
}
