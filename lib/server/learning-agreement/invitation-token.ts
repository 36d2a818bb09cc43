import "server-only";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { hashLinkToken, linkRefusal } from "@/lib/server/crypto/link-token";

/** How long a host's signing link works. */
export const INVITATION_DAYS = 14;

/** The invitation behind a host link, if it may still be used; the version it is for. */
export async function openInvitation(token: string, now = new Date()) {
  const invitation = await db.hostSigningInvitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!invitation) return { ok: false as const, reason: "invalid" as const };
  const refusal = linkRefusal(invitation, now);
  if (refusal) return { ok: false as const, reason: refusal, invitation };
  return { ok: true as const, invitation };
}

/** The invitation of a host link that may be used, or the refusal that says why not. */
export async function usableInvitation(token: string) {
  const opened = await openInvitation(token);
  if (!opened.ok) throw new AppError("refused", `invitation_${opened.reason}`);
  return opened.invitation;
}
