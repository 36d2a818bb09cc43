import "server-only";
import { DOMParser } from "@xmldom/xmldom";
import { childElement as child, childText as text } from "../documents/dom";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { addSignature, lockVersion, rejectVersion } from "@/lib/server/learning-agreement/signing";
import { publishAgreedVersion } from "@/lib/server/learning-agreement/publish-agreed";
import { learningAgreementUpdateResponseXml } from "../documents/learning-agreement";
import { EwpRefused, type EwpCall } from "../handle-request";
import { validateAgainstSchema } from "../schema-validation";
import { homeHei } from "./home-hei";
import { notifyPartner, sendEwpNotificationsSoon } from "../notifications";
import type { Prisma } from "@/lib/server/db/generated/client";
import { outgoingLearningAgreements } from "./outgoing-learning-agreements";

/** A refusal of the workflow (already signed, no longer the proposal read) is an edit conflict in EWP's words. */
async function asConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AppError && (error.code === "refused" || error.code === "conflict"))
      throw new EwpRefused(409, `Edit conflict: ${error.detail ?? error.code}. Fetch the agreement again.`);
    throw error;
  }
}

/**
 * OMobility LAs `update`: the receiving institution approves the open proposal
 * (its signature, as if it had signed through the portal) or comments it (a
 * rejection the student reads). The proposal is named by its id, the hash of
 * its text: any other id is an edit conflict (409).
 */
export async function omobilityLasUpdate({ request, body, heiIds }: EwpCall): Promise<string> {
  if (request.method !== "POST") throw new EwpRefused(400, "update takes a POST with an omobility-las-update-request.");
  const xml = new TextDecoder().decode(body);
  const validation = await validateAgainstSchema("ewp-specs-api-omobility-las/endpoints/update-request.xsd", xml);
  if (!validation.valid) throw new EwpRefused(400, `The request is not a valid omobility-las-update-request: ${validation.errors[0]}`);
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  const institution = await homeHei();
  if (text(root, "sending-hei-id") !== institution.schacCode) throw new EwpRefused(400, "sending-hei-id is not this node's institution.");
  const approve = child(root, "approve-proposal-v1");
  const update = (approve ?? child(root, "comment-proposal-v1"))!;
  const omobilityId = text(update, "omobility-id");
  const [la] = await outgoingLearningAgreements(heiIds, { applicationId: omobilityId });
  if (!la || !heiIds.includes(la.receivingHeiId!))
    throw new EwpRefused(400, "No learning agreement with this omobility-id goes to an institution your key covers.");
  const seenHash = text(update, "changes-proposal-id");
  const proposal = la.element?.["changes-proposal"];
  if (!proposal || proposal["@id"] !== seenHash) throw new EwpRefused(409, "Edit conflict: this is not the open changes proposal. Fetch the agreement again.");
  const signature = child(update, "signature");
  const signer = {
    name: text(signature, "signer-name"),
    position: text(signature, "signer-position"),
    email: text(signature, "signer-email"),
    app: text(signature, "signer-app") || "EWP",
  };
  const version = await db.learningAgreementVersion.findFirstOrThrow({
    where: { agreementId: la.id, contentHash: seenHash, state: "PROPOSED" },
    select: { id: true },
  });

  // The spec asks for a CNR even to the institution whose update caused the change.
  const announce = (tx: Prisma.TransactionClient) =>
    notifyPartner(tx, {
      api: "omobility-la-cnr",
      heiId: la.receivingHeiId!,
      parameters: { sending_hei_id: institution.schacCode, omobility_id: la.omobilityId },
    });
  if (approve) {
    const agreed = await asConflict(() =>
      db.$transaction(async (tx) => {
        const locked = await lockVersion(tx, version.id);
        const done = await addSignature(tx, locked, "RECEIVING", seenHash, signer);
        await announce(tx);
        // Signed through EWP: the e-mailed link for the same signature has no more use.
        await tx.hostSigningInvitation.updateMany({ where: { versionId: version.id, usedAt: null, revokedAt: null }, data: { revokedAt: new Date() } });
        return done;
      }),
    );
    sendEwpNotificationsSoon();
    if (agreed) await publishAgreedVersion(version.id);
    return learningAgreementUpdateResponseXml(`${institution.name} recorded your approval.`);
  }
  await asConflict(() =>
    db.$transaction(async (tx) =>
      rejectVersion(tx, await lockVersion(tx, version.id), {
        party: "RECEIVING",
        seenHash,
        authorName: signer.name,
        comment: text(update, "comment"),
        actorId: null,
      }),
    ),
  );
  deliverSoon();
  return learningAgreementUpdateResponseXml(`${institution.name} recorded your comment; the student will propose a new version.`);
}
