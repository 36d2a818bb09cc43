import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { publishAgreedVersion } from "./publish-agreed";
import { addSignature, inviteHost, sendingVersion } from "./signing";
import { chosenHostRecipient } from "./host-recipients";
import { PORTAL_POSITIONS } from "@/lib/domain/learning-agreement/signatures";
import { learningAgreementRoute } from "@/lib/server/ewp/learning-agreement-route";
import { notifyPartner, sendEwpNotificationsSoon } from "@/lib/server/ewp/notifications";

/**
 * The home coordinator signs; this sends the proposal to the receiving
 * institution: through EWP (a change notification to its node, which then
 * reads and answers it) when the registry lists it, else by inviting the host
 * recipient the coordinator chose among the partner's registered people.
 */
export async function signAsSendingInstitution(
  user: CurrentUser,
  { versionId, seenHash, hostRecipient }: { versionId: string; seenHash: string; hostRecipient: string },
): Promise<void> {
  // Which way it goes is read before the transaction: the registry's catalogue may have to be fetched.
  const version = await db.learningAgreementVersion.findUnique({ where: { id: versionId }, select: { agreement: { select: { applicationId: true } } } });
  if (!version) throw new AppError("not_found");
  const { applicationId } = version.agreement;
  const route = await learningAgreementRoute(applicationId);
  const agreed = await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    // The office's own signature is its approval.
    if (version.agreement.application.round.learningAgreementNeedsOfficeApproval && user.role !== "INTERNATIONAL_OFFICE" && !version.officeApprovedAt) {
      throw new AppError("refused", "office_approval_required");
    }
    const signer = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });
    const position = PORTAL_POSITIONS[user.role === "INTERNATIONAL_OFFICE" ? "institutionalCoordinator" : "departmentalCoordinator"];
    const done = await addSignature(tx, version, "SENDING", seenHash, { name: signer.name, position, email: signer.email, userId: user.id });
    if (!done && !version.signatures.some((s) => s.party === "RECEIVING" && s.contentHash === version.contentHash)) {
      if (route.way === "ewp")
        await notifyPartner(tx, {
          api: "omobility-la-cnr",
          heiId: route.heiId,
          parameters: { sending_hei_id: route.sendingHeiId, omobility_id: applicationId },
        });
      else await inviteHost(tx, version, await chosenHostRecipient(tx, version.agreement.applicationId, hostRecipient));
    }
    return done;
  });
  deliverSoon();
  sendEwpNotificationsSoon();
  if (agreed) await publishAgreedVersion(versionId);
}
