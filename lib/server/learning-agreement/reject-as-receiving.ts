import "server-only";
import { db } from "@/lib/server/db/client";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { usableInvitation } from "./invitation-token";
import { lockVersion, rejectVersion } from "./signing";

/** The host coordinator refuses the version through the e-mailed link, with a comment; the link then stops working. */
export async function rejectAsReceivingInstitution({
  token,
  seenHash,
  signerName,
  comment,
}: {
  token: string;
  seenHash: string;
  signerName: string;
  comment: string;
}): Promise<void> {
  await db.$transaction(async (tx) => {
    const invitation = await usableInvitation(token);
    const version = await lockVersion(tx, invitation.versionId);
    await rejectVersion(tx, version, { party: "RECEIVING", seenHash, authorName: signerName, comment, actorId: null });
    await tx.hostSigningInvitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
  });
  deliverSoon();
}
