import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** The staff accounts and the invitations still open, for the administrator. */
export async function listStaff(user: CurrentUser, now = new Date()) {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const scope = { department: { select: { name: true } }, partnerInstitution: { select: { name: true } } } as const;
  const [accounts, invitations] = await Promise.all([
    db.user.findMany({
      where: { role: { not: "STUDENT" } },
      orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }],
      select: { id: true, name: true, email: true, role: true, deactivatedAt: true, ...scope },
    }),
    db.staffInvitation.findMany({
      where: { acceptedAt: null, revokedAt: null, expiresAt: { gt: now } },
      orderBy: { createdAt: "desc" },
      select: { id: true, name: true, email: true, role: true, expiresAt: true, ...scope },
    }),
  ]);
  return { accounts, invitations };
}

/** One staff account as the administrator's form edits it, with its version; null if there is none. */
export async function getStaffAccount(user: CurrentUser, id: string) {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const account = await db.user.findUnique({
    where: { id },
    select: { id: true, name: true, email: true, role: true, departmentId: true, partnerInstitutionId: true, deactivatedAt: true, version: true },
  });
  return account && account.role !== "STUDENT" ? { ...account, role: account.role } : null;
}
