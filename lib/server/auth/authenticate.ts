import "server-only";
import { db } from "@/lib/server/db/client";
import { countEvents, recordEvent } from "@/lib/server/rate-limit";
import type { Role } from "@/lib/server/db/generated/enums";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";
import { decoyPasswordHash, verifyPassword } from "./password";

type AuthenticationResult =
  | { ok: true; user: { id: string; email: string; name: string; role: Role; sessionVersion: number } }
  | { ok: false; reason: "invalid_credentials" | "rate_limited" };

// Failed attempts only. A hard stop applies to one client's attempts on one
// account, and to one client overall; an account as such is only slowed
// (signInDelayMs), so that nobody else can lock its owner out.
export const SIGN_IN_LIMITS = {
  perAccountAndClient: { failures: 10, windowSeconds: 15 * 60 },
  perClient: { failures: 100, windowSeconds: 15 * 60 },
  accountWindowSeconds: 15 * 60,
};

/**
 * Checks an e-mail and password. The answer and its timing are the same
 * whether or not the account exists, so sign-in reveals nothing.
 */
export async function authenticate(email: string, password: string, client: string): Promise<AuthenticationResult> {
  const accountKey = `sign-in-failures:account:${email}`;
  const pairKey = `sign-in-failures:pair:${client}:${email}`;
  const clientKey = `sign-in-failures:client:${client}`;
  const [accountFailures, pairFailures, clientFailures] = await Promise.all([
    countEvents(accountKey, SIGN_IN_LIMITS.accountWindowSeconds),
    countEvents(pairKey, SIGN_IN_LIMITS.perAccountAndClient.windowSeconds),
    countEvents(clientKey, SIGN_IN_LIMITS.perClient.windowSeconds),
  ]);
  if (pairFailures >= SIGN_IN_LIMITS.perAccountAndClient.failures || clientFailures >= SIGN_IN_LIMITS.perClient.failures) {
    return { ok: false, reason: "rate_limited" };
  }
  const delay = signInDelayMs(accountFailures);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true, deactivatedAt: true, sessionVersion: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  // A deactivated account gets the same answer as a wrong password.
  if (!user || !matches || user.deactivatedAt) {
    await Promise.all([
      recordEvent(accountKey, SIGN_IN_LIMITS.accountWindowSeconds),
      recordEvent(pairKey, SIGN_IN_LIMITS.perAccountAndClient.windowSeconds),
      recordEvent(clientKey, SIGN_IN_LIMITS.perClient.windowSeconds),
    ]);
    return { ok: false, reason: "invalid_credentials" };
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
