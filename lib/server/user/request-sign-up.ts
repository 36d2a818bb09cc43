import "server-only";
import { db } from "@/lib/server/db/client";
import { hashPassword } from "@/lib/server/auth/password";
import { weakPasswordReason } from "@/lib/server/auth/password-policy";
import { newLinkToken } from "@/lib/server/crypto/link-token";
import { AppError } from "@/lib/server/errors";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { consumeRateLimit } from "@/lib/server/rate-limit";
import { env } from "@/lib/server/env";
import { passwordAccountsOpen } from "@/lib/server/auth/institution-provider";
import type { Locale } from "@/lib/i18n/locales";
import type { TSignUp } from "@/lib/validation/auth";

/** How long the link that activates a new account works. */
export const SIGN_UP_LINK_HOURS = 24;

// Per client, as sign-in counts its failures; per address, so that nobody
// can fill a stranger's inbox: over it, the answer stays the same but no
// more e-mail goes out.
export const SIGN_UP_LIMITS = {
  perClient: { requests: 30, windowSeconds: 60 * 60 },
  perAddress: { emails: 3, windowSeconds: 60 * 60 },
};

/** Where the student activates their account. */
export function signUpLink(portalUrl: string, token: string): string {
  return `${portalUrl}/sign-up/${token}`;
}

/**
 * A student asks for an account. Nothing is created yet: the link e-mailed
 * to the address activates it. The answer is the same whether or not the
 * address or the student number is already registered; the owner of a
 * registered address is told that someone tried.
 */
export async function requestSignUp(input: TSignUp, locale: Locale, client: string): Promise<void> {
  if (!passwordAccountsOpen("STUDENT")) throw new AppError("forbidden");
  if (!(await consumeRateLimit(`sign-up:client:${client}`, SIGN_UP_LIMITS.perClient.requests, SIGN_UP_LIMITS.perClient.windowSeconds))) {
    throw new AppError("rate_limited");
  }
  const weak = weakPasswordReason(input.password);
  if (weak) throw new AppError("invalid", undefined, { password: weak });
  // Hashed on both paths, so that the time taken does not tell them apart.
  const passwordHash = await hashPassword(input.password);
  if (!(await consumeRateLimit(`sign-up:address:${input.email}`, SIGN_UP_LIMITS.perAddress.emails, SIGN_UP_LIMITS.perAddress.windowSeconds))) {
    return;
  }
  const portalUrl = env().NEXTAUTH_URL ?? "";
  await db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
    if (existing) {
      await notify(tx, { email: input.email, locale: existing.locale }, "signUpAttempt", { name: existing.name, link: `${portalUrl}/sign-in` });
      return;
    }
    const { token, tokenHash } = newLinkToken();
    await tx.signUpRequest.create({
      data: {
        email: input.email,
        name: input.name,
        studentNumber: input.studentNumber,
        passwordHash,
        locale,
        tokenHash,
        expiresAt: new Date(Date.now() + SIGN_UP_LINK_HOURS * 3_600_000),
      },
    });
    await notify(tx, { email: input.email, locale }, "signUpLink", { name: input.name, link: signUpLink(portalUrl, token), hours: SIGN_UP_LINK_HOURS });
  });
  deliverSoon();
}
