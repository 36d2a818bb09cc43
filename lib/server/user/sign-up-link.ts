import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import type { Refusal } from "@/lib/server/errors";

/** The sign-up behind an activation link if it may still be used, else why not: as the page and the activation read it. */
export async function openSignUpRequest(token: string, tx: Prisma.TransactionClient = db, now = new Date()) {
  const request = await tx.signUpRequest.findUnique({
    where: { tokenHash: hashLinkToken(token) },
    select: { id: true, email: true, name: true, studentNumber: true, passwordHash: true, locale: true, expiresAt: true, confirmedAt: true },
  });
  const refusal: Refusal | null = !request
    ? "invitation_invalid"
    : request.confirmedAt
      ? "invitation_used"
      : request.expiresAt <= now
        ? "invitation_expired"
        : null;
  return refusal ? { ok: false as const, refusal } : { ok: true as const, request: request! };
}
