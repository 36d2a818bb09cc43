import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { reviewableApplications } from "@/lib/server/application/access";

/** The home coordinators who run a mobility's end: the application's reviewers (its department's coordinator, the international office). */
export async function assertHomeCoordinator(tx: Prisma.TransactionClient, user: CurrentUser, applicationId: string): Promise<void> {
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  if (!(await tx.outgoingApplication.count({ where: { AND: [{ id: applicationId }, scope] } }))) throw new AppError("not_found");
}
