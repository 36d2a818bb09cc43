import "server-only";
import { createHash, randomBytes } from "node:crypto";

/*
 * The secret of a link e-mailed to someone without an account (a host's
 * signing link, an incoming student's status link, a staff invitation):
 * 256 random bits, and only its hash is stored, so the database never
 * holds a working link.
 */

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

type IssuedLink = { revokedAt: Date | null; usedAt: Date | null; expiresAt: Date };

/** Why an issued single-use link may no longer be used, or null while it may: every kind of host link answers alike. */
export function linkRefusal(link: IssuedLink, now: Date): "revoked" | "used" | "expired" | null {
  if (link.revokedAt) return "revoked";
  if (link.usedAt) return "used";
  if (link.expiresAt <= now) return "expired";
  return null;
}
