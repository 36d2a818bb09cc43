import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";

type CoordinatorScope = { kind: "department"; name: string } | { kind: "host"; name: string } | { kind: "commission" } | { kind: "all" };

/** What part of the office's work a coordinator is responsible for. */
export async function describeCoordinatorScope(user: CurrentUser): Promise<CoordinatorScope> {
  if (user.role === "DEPARTMENTAL_COORDINATOR" && user.departmentId) {
    const department = await db.department.findUnique({ where: { id: user.departmentId }, select: { name: true } });
    return { kind: "department", name: department?.name ?? "" };
  }
  if (user.role === "HOST_COORDINATOR" && user.partnerInstitutionId) {
    const partner = await db.partnerInstitution.findUnique({ where: { id: user.partnerInstitutionId }, select: { name: true } });
    return { kind: "host", name: partner?.name ?? "" };
  }
  if (user.role === "GRANT_COMMISSION") return { kind: "commission" };
  return { kind: "all" };
}
