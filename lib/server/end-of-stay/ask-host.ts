import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { EndOfStayRequest } from "@/lib/server/db/generated/enums";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { env } from "@/lib/server/env";
import { newLinkToken } from "@/lib/server/crypto/link-token";
import { chosenHostRecipient } from "@/lib/server/learning-agreement/host-recipients";
import { displayName } from "@/lib/domain/people";
import { END_OF_STAY_LINK_DAYS } from "./links";
import { assertHomeCoordinator } from "./staff-application";
import { lockArrivedApplication } from "./host-authority";

/**
 * The home coordinator asks the host for the stay's actual days or its
 * transcript: a single-use link goes to one of the partner's registered
 * people (never an address the student typed), and any earlier link for the
 * same request stops working.
 */
export async function askHost(user: CurrentUser, input: { applicationId: string; request: EndOfStayRequest; hostRecipient: string }): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertHomeCoordinator(tx, user, input.applicationId);
    const application = await lockArrivedApplication(tx, input.applicationId);
    const recipient = await chosenHostRecipient(tx, input.applicationId, input.hostRecipient);
    const { token, tokenHash } = newLinkToken();
    await tx.endOfStayInvitation.updateMany({
      where: { applicationId: input.applicationId, request: input.request, usedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    await tx.endOfStayInvitation.create({
      data: {
        applicationId: input.applicationId,
        request: input.request,
        tokenHash,
        email: recipient.email,
        expiresAt: new Date(Date.now() + END_OF_STAY_LINK_DAYS * 86_400_000),
      },
    });
    await notify(tx, recipient, input.request === "ATTENDANCE" ? "attendanceRequest" : "transcriptRequest", {
      name: recipient.name,
      student: displayName(application, application.student.name),
      link: `${env().NEXTAUTH_URL ?? ""}/end-of-stay/${token}?lang=${recipient.locale}`,
      days: END_OF_STAY_LINK_DAYS,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "end_of_stay.host_invited",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: `${input.request === "ATTENDANCE" ? "attendance" : "transcript"} → ${recipient.email}`,
    });
  });
  deliverSoon();
}
