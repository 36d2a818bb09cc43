import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { publishAgreedVersion } from "./publish-agreed";
import { addSignature, inviteHost, sendingVersion } from "./signing";
import { chosenHostRecipient } from "./host-recipients";
import { PORTAL_POSITIONS } from "@/lib/domain/learning-agreement/signatures";

/** The home coordinator signs; this invites the host recipient they chose among the partner's registered people. */
export async function signAsSendingInstitution(
  user: CurrentUser,
  { versionId, seenHash, hostRecipient }: { versionId: string; seenHash: string; hostRecipient: string },
): Promise<void> {
  const agreed = await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    // The office's own signature is its approval.
    if (version.agreement.application.round.learningAgreementNeedsOfficeApproval && user.role !== "INTERNATIONAL_OFFICE" && !version.officeApprovedAt) {
      throw new AppError("refused", "office_approval_required");
    }
    const signer = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });
    const position = PORTAL_POSITIONS[user.role === "INTERNATIONAL_OFFICE" ? "institutionalCoordinator" : "departmentalCoordinator"];
    const done = await addSignature(tx, version, "SENDING", seenHash, { name: signer.name, position, email: signer.email, userId: user.id });
    if (!done && !version.signatures.some((s) => s.party === "RECEIVING" && s.contentHash === version.contentHash))
      await inviteHost(tx, version, await chosenHostRecipient(tx, version.agreement.applicationId, hostRecipient));
    return done;
  });
  deliverSoon();
  if (agreed) await publishAgreedVersion(versionId);
}
