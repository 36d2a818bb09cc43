import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { EndOfStayRequest, EndOfStaySource } from "@/lib/server/db/generated/enums";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { readableApplications } from "@/lib/server/application/access";
import { claimEndOfStayLink } from "./links";

/** Who answers for the host: the e-mailed link's holder, or a signed-in host-coordinator account of the partner. */
export type HostAuthority = { token: string; user: CurrentUser | null };

export type HostSigner = { source: EndOfStaySource; email: string };

/**
 * The host's authority over one application's end of stay: a link for this
 * request and application (used up by this answer), or a host coordinator
 * whose partner receives the student. Anything else is refused.
 */
export async function hostSigner(
  tx: Prisma.TransactionClient,
  authority: HostAuthority,
  request: EndOfStayRequest,
  applicationId: string,
): Promise<HostSigner> {
  if (authority.token) {
    const link = await claimEndOfStayLink(tx, authority.token, request, applicationId);
    return { source: "HOST_LINK", email: link.email };
  }
  const user = authority.user;
  if (!user) throw new AppError("unauthenticated");
  if (user.role !== "HOST_COORDINATOR") throw new AppError("forbidden");
  const visible = await tx.outgoingApplication.count({ where: { AND: [{ id: applicationId }, readableApplications(user)] } });
  if (!visible) throw new AppError("not_found");
  return { source: "HOST_ACCOUNT", email: user.email };
}

/** The application, locked, in the one status where the host answers: arrived. */
export async function lockArrivedApplication(tx: Prisma.TransactionClient, applicationId: string) {
  await tx.$queryRaw`SELECT id FROM "OutgoingApplication" WHERE id = ${applicationId} FOR UPDATE`;
  const application = await tx.outgoingApplication.findUnique({
    where: { id: applicationId },
    select: { id: true, status: true, student: { select: { name: true, email: true, locale: true } }, firstName: true, lastName: true },
  });
  if (!application) throw new AppError("not_found");
  if (application.status !== "ARRIVED") throw new AppError("refused", "not_arrived");
  return application;
}
