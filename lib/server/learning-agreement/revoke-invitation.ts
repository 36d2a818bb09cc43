import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { sendingSignerApplications } from "./access";

/** The home coordinator withdraws a host link, for example sent to the wrong address. */
export async function revokeInvitation(user: CurrentUser, { invitationId }: { invitationId: string }): Promise<void> {
  const scope = sendingSignerApplications(user);
  if (!scope) throw new AppError("forbidden");
  const revoked = await db.hostSigningInvitation.updateMany({
    where: { id: invitationId, revokedAt: null, usedAt: null, agreement: { application: scope } },
    data: { revokedAt: new Date() },
  });
  if (revoked.count !== 1) throw new AppError("not_found");
}
