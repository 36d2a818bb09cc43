import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** The departments and partners a staff role may be limited to. */
export async function staffScopeOptions(user: CurrentUser) {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  const [departments, partners] = await Promise.all([
    db.department.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.partnerInstitution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return { departments, partners };
}
