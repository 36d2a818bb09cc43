import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { EndOfStayRequest } from "@/lib/server/db/generated/enums";
import { db } from "@/lib/server/db/client";
import { AppError } from "@/lib/server/errors";
import { hashLinkToken, linkRefusal } from "@/lib/server/crypto/link-token";
import { INVITATION_DAYS } from "@/lib/server/learning-agreement/invitation-token";

/** The host's end-of-stay links live as long as its signing links, with the same protections. */
export const END_OF_STAY_LINK_DAYS = INVITATION_DAYS;

/** The link behind a token, if it may still be used, or why not. */
export async function openEndOfStayLink(token: string, now = new Date()) {
  const link = await db.endOfStayInvitation.findUnique({ where: { tokenHash: hashLinkToken(token) } });
  if (!link) return { ok: false as const, reason: "invalid" as const };
  const refusal = linkRefusal(link, now);
  if (refusal) return { ok: false as const, reason: refusal, link };
  return { ok: true as const, link };
}

/**
 * Uses a link for its one request, inside the caller's transaction: the
 * update claims it only while unused, unrevoked and unexpired, so that two
 * answers sent at once record one.
 */
export async function claimEndOfStayLink(tx: Prisma.TransactionClient, token: string, request: EndOfStayRequest, applicationId: string) {
  const opened = await openEndOfStayLink(token);
  if (!opened.ok) throw new AppError("refused", `invitation_${opened.reason}`);
  if (opened.link.request !== request || opened.link.applicationId !== applicationId) throw new AppError("refused", "invitation_invalid");
  const claimed = await tx.endOfStayInvitation.updateMany({
    where: { id: opened.link.id, usedAt: null, revokedAt: null, expiresAt: { gt: new Date() } },
    data: { usedAt: new Date() },
  });
  if (claimed.count !== 1) throw new AppError("refused", "invitation_used");
  return opened.link;
}
