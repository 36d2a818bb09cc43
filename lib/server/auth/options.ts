import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/validation/auth";
import { authenticate } from "./authenticate";
import { clientAddress } from "@/lib/server/http/client-address";
import { env, secureCookies } from "@/lib/server/env";
import { sessionOutlived } from "@/lib/domain/session";
import { readIdentity } from "@/lib/domain/institution-identity";
import { passwordSignInRefusal } from "@/lib/domain/password-sign-in";
import { getLocale } from "@/lib/i18n/server";
import { endSession } from "./ended-sessions";
import { signInWithInstitution } from "./institution-sign-in";
import { claimNames, INSTITUTION_PROVIDER, institutionProvider, isInstitutionUrl } from "./institution-provider";

export const SIGN_IN_PATH = "/sign-in";

export function authOptions(): NextAuthOptions {
  const institution = institutionProvider();
  return {
    secret: env().NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    // The token's lifetime is the idle timeout: each request of a signed-in page renews it (`SessionKeepAlive`).
    session: { strategy: "jwt", maxAge: env().SESSION_IDLE_MINUTES * 60, updateAge: 0 },
    // A failed sign-in through the institution (a wrong `state`, a replayed code) comes back to the sign-in page with `?error=`.
    pages: { signIn: SIGN_IN_PATH, error: SIGN_IN_PATH },
    events: {
      // Signing out ends this session on every instance: a copy of its cookie no longer works.
      async signOut({ token }) {
        if (token?.sid) await endSession(token.sid, new Date(token.signedInAt + env().SESSION_MAX_HOURS * 3_600_000));
      },
    },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const parsed = ZSignIn.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data.email, parsed.data.password, clientAddress(request?.headers));
          if (!result.ok) throw new Error(result.reason);
          const refusal = passwordSignInRefusal(env().PASSWORD_SIGN_IN, result.user.role);
          if (refusal) throw new Error(refusal);
          return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
        },
      }),
      ...(institution ? [institution] : []),
    ],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.provider !== INSTITUTION_PROVIDER) return true;
        const identity = readIdentity((profile ?? {}) as Record<string, unknown>, claimNames(), env().OIDC_TRUST_EMAIL === "yes");
        const outcome = await signInWithInstitution(identity, await getLocale());
        if (!outcome.ok) return `${SIGN_IN_PATH}?refused=${outcome.refusal}`;
        // next-auth hands this same object to the `jwt` callback: from here on it is the portal's account.
        Object.assign(user, outcome.user);
        return true;
      },
      jwt({ token, user, account }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
          token.signedInAt = Date.now();
          token.sid = randomUUID();
          if (account?.provider === INSTITUTION_PROVIDER && account.id_token) token.idToken = account.id_token;
        }
        // Past its absolute end, the session is over however active it was; an empty token signs out.
        if (sessionOutlived(token.signedInAt, Date.now(), env().SESSION_MAX_HOURS)) return {} as typeof token;
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.role = token.role;
          session.user.sessionVersion = token.sessionVersion;
          session.user.sid = token.sid;
        }
        return session;
      },
      // This site, or the identity provider's end of session after signing out.
      redirect({ url, baseUrl }) {
        if (url.startsWith("/")) return `${baseUrl}${url}`;
        if (isInstitutionUrl(url) || new URL(url).origin === baseUrl) return url;
        return baseUrl;
      },
    },
  };
}
