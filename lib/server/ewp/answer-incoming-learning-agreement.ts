import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { TAnswerIncomingAgreement } from "@/lib/validation/ewp";
import { xmlDocument } from "./documents/namespaces";
import { callPartner, PartnerUnreachable } from "./client";
import { requireInternationalOffice } from "./list-incoming-learning-agreements";
import { refreshIncomingLearningAgreements } from "./incoming-learning-agreements";

const LAS = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints";

/**
 * The international office approves or comments a partner's proposal: the
 * answer goes to the sending node's `update`, signed by this portal; only
 * once that node accepted it is it recorded here, then the agreement is read
 * again. A proposal the sending node replaced meanwhile (409) is refused as stale.
 */
export async function answerIncomingLearningAgreement(user: CurrentUser, input: TAnswerIncomingAgreement): Promise<void> {
  requireInternationalOffice(user);
  const row = await db.incomingLearningAgreement.findUnique({ where: { id: input.id } });
  if (!row) throw new AppError("not_found");
  if (row.version !== input.version || row.proposalId !== input.proposalId) throw new AppError("refused", "stale_version");
  const signer = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });
  const kind = input.answer === "APPROVE" ? "approve-proposal-v1" : "comment-proposal-v1";
  const xml = xmlDocument({
    "omobility-las-update-request": {
      "@xmlns": `${LAS}/update-request.xsd`,
      "@xmlns:la": `${LAS}/get-response.xsd`,
      "sending-hei-id": row.sendingHeiId,
      [kind]: {
        "omobility-id": row.omobilityId,
        "changes-proposal-id": input.proposalId,
        ...(input.answer === "COMMENT" ? { comment: input.comment } : {}),
        signature: {
          "la:signer-name": signer.name,
          "la:signer-position": input.signerPosition,
          "la:signer-email": signer.email,
          "la:timestamp": new Date().toISOString(),
          "la:signer-app": "erasmus-portal",
        },
      },
    },
  });
  const response = await callPartner({ heiId: row.sendingHeiId, api: "omobility-las", endpoint: "update-url", xml }).catch((error: unknown) => {
    // Not in the catalogue, no answer, or an answer whose signature does not verify: nothing is recorded.
    console.error("[ewp] update:", error instanceof PartnerUnreachable ? error.message : error);
    throw new AppError("refused", "partner_unreachable");
  });
  if (response.status === 409) {
    await db.incomingLearningAgreement.update({ where: { id: row.id }, data: { refreshNeeded: true, nextAttemptAt: new Date() } });
    await refreshIncomingLearningAgreements();
    throw new AppError("refused", "stale_version");
  }
  if (response.status !== 200) {
    console.error(`[ewp] update answered ${response.status}:`, response.body.slice(0, 500));
    throw new AppError("refused", "partner_unreachable");
  }
  await db.$transaction(async (tx) => {
    const updated = await tx.incomingLearningAgreement.updateMany({
      where: { id: row.id, version: input.version },
      data: {
        answer: input.answer === "APPROVE" ? "APPROVED" : "COMMENTED",
        answerComment: input.answer === "COMMENT" ? input.comment : null,
        answeredAt: new Date(),
        answeredById: user.id,
        version: { increment: 1 },
        refreshNeeded: true,
        nextAttemptAt: new Date(),
      },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    await recordAudit(tx, {
      actorId: user.id,
      action: input.answer === "APPROVE" ? "incoming_learning_agreement.approved" : "incoming_learning_agreement.commented",
      entityType: "IncomingLearningAgreement",
      entityId: row.id,
      reason: input.answer === "COMMENT" ? input.comment : `${input.signerPosition}; proposal ${input.proposalId}`,
    });
  });
  await refreshIncomingLearningAgreements();
}
