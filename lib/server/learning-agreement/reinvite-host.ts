import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { Party } from "@/lib/domain/learning-agreement/signatures";
import { checkAnswerable } from "@/lib/domain/learning-agreement/versions";
import { inviteHost, sendingVersion } from "./signing";
import { chosenHostRecipient } from "./host-recipients";

/**
 * The home coordinator sends the host a new link, once the previous one was
 * withdrawn or expired, to one of the partner's registered people; any
 * link still open stops working.
 */
export async function reinviteHost(user: CurrentUser, { versionId, hostRecipient }: { versionId: string; hostRecipient: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    const signedBy = (party: Party) => version.signatures.some((s) => s.party === party && s.contentHash === version.contentHash);
    // Only a proposal the home institution signed and the host has not yet answered needs a new link.
    if (!checkAnswerable(version, version.contentHash).ok || !signedBy("SENDING") || signedBy("RECEIVING")) throw new AppError("refused", "stale_version");
    await inviteHost(tx, version, await chosenHostRecipient(tx, version.agreement.applicationId, hostRecipient));
    await recordAudit(tx, {
      actorId: user.id,
      action: "learning_agreement.host_reinvited",
      entityType: "OutgoingApplication",
      entityId: version.agreement.applicationId,
      toState: `v${version.number}`,
    });
  });
  deliverSoon();
}
