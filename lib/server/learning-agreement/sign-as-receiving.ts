import "server-only";
import { db } from "@/lib/server/db/client";
import { publishAgreedVersion } from "./publish-agreed";
import { usableInvitation } from "./invitation-token";
import { addSignature, lockVersion } from "./signing";

/** The host coordinator signs through the e-mailed link; the link then stops working. */
export async function signAsReceivingInstitution({
  token,
  seenHash,
  signerName,
  signerPosition,
}: {
  token: string;
  seenHash: string;
  signerName: string;
  signerPosition: string;
}): Promise<void> {
  const { agreed, versionId } = await db.$transaction(async (tx) => {
    const invitation = await usableInvitation(token);
    const version = await lockVersion(tx, invitation.versionId);
    const done = await addSignature(tx, version, "RECEIVING", seenHash, { name: signerName, position: signerPosition, email: invitation.email });
    await tx.hostSigningInvitation.update({ where: { id: invitation.id }, data: { usedAt: new Date() } });
    return { agreed: done, versionId: version.id };
  });
  if (agreed) await publishAgreedVersion(versionId);
}
