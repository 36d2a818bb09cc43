import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { readableApplications, reviewableApplications } from "@/lib/server/application/access";

/**
 * Who may read a learning agreement: the student, the home institution's
 * coordinators of that application, and the host's coordinator once the
 * student is nominated there. The grant commission is not a party.
 */
export function readableAgreementApplications(user: CurrentUser): Prisma.OutgoingApplicationWhereInput {
  if (user.role === "GRANT_COMMISSION") return { id: { in: [] } };
  return readableApplications(user);
}

/** Who signs for the sending institution: the application's reviewers. */
export function sendingSignerApplications(user: CurrentUser): Prisma.OutgoingApplicationWhereInput | null {
  return reviewableApplications(user);
}
