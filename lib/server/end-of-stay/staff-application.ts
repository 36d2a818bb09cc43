import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { reviewableApplications } from "@/lib/server/application/access";

/** Whether the user runs this mobility's end for the home institution: its reviewers (the department's coordinator, the international office). */
export async function isHomeCoordinatorOf(tx: Prisma.TransactionClient, user: CurrentUser, applicationId: string): Promise<boolean> {
  const scope = reviewableApplications(user);
  return Boolean(scope) && (await tx.outgoingApplication.count({ where: { AND: [{ id: applicationId }, scope!] } })) > 0;
}

/** The same, refused: forbidden for a role that never runs it, not found for an application outside the user's scope. */
export async function assertHomeCoordinator(tx: Prisma.TransactionClient, user: CurrentUser, applicationId: string): Promise<void> {
  if (!reviewableApplications(user)) throw new AppError("forbidden");
  if (!(await isHomeCoordinatorOf(tx, user, applicationId))) throw new AppError("not_found");
}
