import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** What the agreement form offers: the partner it belongs to, and the departments a departmental agreement may name. */
export async function agreementFormOptions(user: CurrentUser, partnerInstitutionId: string) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const [partner, departments] = await Promise.all([
    db.partnerInstitution.findUnique({ where: { id: partnerInstitutionId }, select: { id: true, name: true } }),
    db.department.findMany({ where: { archivedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  return partner ? { partner, departments } : null;
}
