import "server-only";
import { db } from "@/lib/server/db/client";
import { countEvents, recordEvent } from "@/lib/server/rate-limit";
import type { Role } from "@/lib/server/db/generated/enums";
import { decoyPasswordHash, verifyPassword } from "./password";

type AuthenticationResult =
  { ok: true; user: { id: string; email: string; name: string; role: Role } } | { ok: false; reason: "invalid_credentials" | "rate_limited" };

// Failed attempts only: a user who signs in correctly is never slowed down.
export const SIGN_IN_LIMITS = {
  perAccount: { failures: 10, windowSeconds: 15 * 60 },
  perClient: { failures: 100, windowSeconds: 15 * 60 },
};

/**
 * Checks an e-mail and password. The answer and its timing are the same
 * whether or not the account exists, so sign-in reveals nothing.
 */
export async function authenticate(email: string, password: string, client: string): Promise<AuthenticationResult> {
  const accountKey = `sign-in-failures:account:${email}`;
  const clientKey = `sign-in-failures:client:${client}`;
  const [accountFailures, clientFailures] = await Promise.all([
    countEvents(accountKey, SIGN_IN_LIMITS.perAccount.windowSeconds),
    countEvents(clientKey, SIGN_IN_LIMITS.perClient.windowSeconds),
  ]);
  if (accountFailures >= SIGN_IN_LIMITS.perAccount.failures || clientFailures >= SIGN_IN_LIMITS.perClient.failures) {
    return { ok: false, reason: "rate_limited" };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  const matches = await verifyPassword(password, user?.passwordHash ?? (await decoyPasswordHash()));
  if (!user || !matches) {
    await Promise.all([recordEvent(accountKey, SIGN_IN_LIMITS.perAccount.windowSeconds), recordEvent(clientKey, SIGN_IN_LIMITS.perClient.windowSeconds)]);
    return { ok: false, reason: "invalid_credentials" };
  }
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
