import type { Role } from "@/lib/server/db/generated/enums";

declare module "next-auth" {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; name: string; email: string; role: Role; sessionVersion: number; sid: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role: Role;
    sessionVersion: number;
    /** When the person signed in, in milliseconds: the session's absolute end counts from it. */
    signedInAt: number;
    /** The session's random identifier: signing out ends this one session. */
    sid: string;
    /** After a sign-in through the institution: its ID token, the hint that ends the provider's session too. */
    idToken?: string;
  }
}
