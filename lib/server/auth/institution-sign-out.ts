import "server-only";
import { cookies } from "next/headers";
import { getToken } from "next-auth/jwt";
import { env, secureCookies } from "@/lib/server/env";
import { institutionSignOutUrl } from "./institution-provider";

/**
 * Where the browser goes after the portal's sign-out: the identity
 * provider's end of session when this session began there (its ID token is
 * the hint), so that signing out of the portal also signs out of the
 * institution; otherwise nowhere but the portal's home.
 */
export async function signOutDestination(): Promise<string | null> {
  const jar = await cookies();
  const token = await getToken({
    req: { cookies: Object.fromEntries(jar.getAll().map((c) => [c.name, c.value])), headers: {} } as never,
    secret: env().NEXTAUTH_SECRET,
    secureCookie: secureCookies(),
  });
  return token?.idToken ? institutionSignOutUrl(token.idToken) : null;
}
