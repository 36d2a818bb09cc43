import "server-only";
import { randomUUID } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/validation/auth";
import { authenticate } from "./authenticate";
import { clientAddress } from "@/lib/server/http/client-address";
import { env, secureCookies } from "@/lib/server/env";
import { sessionOutlived } from "@/lib/domain/session";
import { endSession } from "./ended-sessions";

export const SIGN_IN_PATH = "/sign-in";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    // The token's lifetime is the idle timeout: each request of a signed-in page renews it (`SessionKeepAlive`).
    session: { strategy: "jwt", maxAge: env().SESSION_IDLE_MINUTES * 60, updateAge: 0 },
    pages: { signIn: SIGN_IN_PATH },
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
          return { id: result.user.id, email: result.user.email, name: result.user.name, role: result.user.role, sessionVersion: result.user.sessionVersion };
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.sub = user.id;
          token.role = user.role;
          token.sessionVersion = user.sessionVersion;
          token.signedInAt = Date.now();
          token.sid = randomUUID();
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
    },
  };
}
