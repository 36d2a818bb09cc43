import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { forbidden, redirect } from "next/navigation";
import { db } from "@/lib/server/db/client";
import type { Role } from "@/lib/server/db/generated/enums";
import { authOptions, SIGN_IN_PATH } from "./options";
import { isSessionEnded } from "./ended-sessions";

export type CurrentUser = {
  id: string;
  email: string;
  name: string;
  role: Role;
  locale: "fr" | "en";
  departmentId: string | null;
  partnerInstitutionId: string | null;
};

/**
 * The single place that turns a request into a user. The account is read
 * again from the database, so that a deactivated account, or a session
 * signed in before the account's role or scope changed (an older
 * `sessionVersion`) or signed out since, is refused at once on every
 * instance, whatever the session token says.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  const [account, ended] = await Promise.all([
    db.user.findFirst({
      where: { id, deactivatedAt: null, sessionVersion: session.user.sessionVersion ?? 0 },
      select: { id: true, email: true, name: true, role: true, locale: true, departmentId: true, partnerInstitutionId: true },
    }),
    isSessionEnded(session.user.sid),
  ]);
  return ended ? null : account;
});

/** For pages: sends an anonymous visitor to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  return user;
}

/** For pages: answers 403 to a signed-in user without one of the roles. */
export async function requireRole(...roles: Role[]): Promise<CurrentUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) forbidden();
  return user;
}
