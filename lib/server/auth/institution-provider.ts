import "server-only";
import type { OAuthConfig } from "next-auth/providers/oauth";
import { env } from "@/lib/server/env";
import type { ClaimNames } from "@/lib/domain/institution-identity";
import { passwordSignInRefusal } from "@/lib/domain/password-sign-in";
import type { RoleName } from "@/lib/domain/roles";

/** next-auth's name for the institution's identity provider (its callback is `/api/auth/callback/institution`). */
export const INSTITUTION_PROVIDER = "institution";

export function institutionSignInEnabled(): boolean {
  return Boolean(env().OIDC_ISSUER);
}

/** Whether an account of this role may still be given a password (sign-up, invitation): not once PASSWORD_SIGN_IN keeps it to the institution's sign-in. */
export function passwordAccountsOpen(role: RoleName): boolean {
  return !institutionSignInEnabled() || passwordSignInRefusal(env().PASSWORD_SIGN_IN, role) === null;
}

export function claimNames(): ClaimNames {
  const e = env();
  return {
    email: e.OIDC_EMAIL_CLAIM,
    name: e.OIDC_NAME_CLAIM,
    studentNumber: e.OIDC_STUDENT_NUMBER_CLAIM,
    esi: e.OIDC_ESI_CLAIM,
    affiliation: e.OIDC_AFFILIATION_CLAIM,
  };
}

function discoveryUrl(issuer: string): string {
  return `${issuer.replace(/\/$/, "")}/.well-known/openid-configuration`;
}

/**
 * OpenID Connect, discovered from the issuer: authorization code flow with
 * PKCE, and the `state` and `nonce` next-auth keeps in cookies and checks.
 * The claims are read from the ID token; what they may become is decided
 * in `signInWithInstitution`.
 */
export function institutionProvider(): OAuthConfig<Record<string, unknown>> | null {
  const e = env();
  if (!e.OIDC_ISSUER) return null;
  return {
    id: INSTITUTION_PROVIDER,
    name: "Institution",
    type: "oauth",
    wellKnown: discoveryUrl(e.OIDC_ISSUER),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    authorization: { params: { scope: e.OIDC_SCOPES } },
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    // A placeholder: the sign-in callback replaces it with the portal's account, or refuses.
    profile: (claims) => ({ id: String(claims.sub ?? ""), role: "STUDENT", sessionVersion: 0 }),
  };
}

let endSessionEndpoint: Promise<string | null> | undefined;

/** Where the provider ends its own session (RP-initiated logout), when it advertises one. */
export async function institutionSignOutUrl(idToken: string): Promise<string | null> {
  const e = env();
  if (!e.OIDC_ISSUER) return null;
  endSessionEndpoint ??= fetch(discoveryUrl(e.OIDC_ISSUER))
    .then((response) => response.json() as Promise<{ end_session_endpoint?: string }>)
    .then((configuration) => configuration.end_session_endpoint ?? null)
    .catch(() => {
      endSessionEndpoint = undefined;
      return null;
    });
  const endpoint = await endSessionEndpoint;
  if (!endpoint) return null;
  const url = new URL(endpoint);
  url.searchParams.set("id_token_hint", idToken);
  url.searchParams.set("client_id", e.OIDC_CLIENT_ID ?? "");
  url.searchParams.set("post_logout_redirect_uri", `${e.NEXTAUTH_URL ?? ""}/`);
  return url.toString();
}

/** Whether a URL is the provider's, so that sign-out may send the browser there. */
export function isInstitutionUrl(url: string): boolean {
  const issuer = env().OIDC_ISSUER;
  if (!issuer) return false;
  try {
    return new URL(url).origin === new URL(issuer).origin;
  } catch {
    return false;
  }
}
