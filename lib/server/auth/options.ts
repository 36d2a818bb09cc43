import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { ZSignIn } from "@/lib/validation/auth";
import { authenticate } from "./authenticate";
import { clientAddress } from "@/lib/server/http/client-address";
import { env, secureCookies } from "@/lib/server/env";

export const SIGN_IN_PATH = "/sign-in";

export function authOptions(): NextAuthOptions {
  return {
    secret: env().NEXTAUTH_SECRET,
    useSecureCookies: secureCookies(),
    session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
    pages: { signIn: SIGN_IN_PATH },
    providers: [
      CredentialsProvider({
        name: "E-mail",
        credentials: { email: { type: "email" }, password: { type: "password" } },
        async authorize(credentials, request) {
          const parsed = ZSignIn.safeParse(credentials);
          if (!parsed.success) return null;
          const result = await authenticate(parsed.data.email, parsed.data.password, clientAddress(request?.headers?.["x-forwarded-for"]));
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
        }
        return token;
      },
      session({ session, token }) {
        if (session.user) {
          session.user.id = token.sub ?? "";
          session.user.role = token.role;
          session.user.sessionVersion = token.sessionVersion;
        }
        return session;
      },
    },
  };
}
