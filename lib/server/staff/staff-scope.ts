import "server-only";
import { V } from "@/lib/validation/messages";
import type { Prisma } from "@/lib/server/db/generated/client";
import { AppError } from "@/lib/server/errors";
import { scopeFor, type StaffRole } from "@/lib/domain/staff";

/** The scope a role gets from the administrator's form, each part checked to exist. */
export async function staffScope(tx: Prisma.TransactionClient, role: StaffRole, typed: { departmentId: string; partnerInstitutionId: string }) {
  const scope = scopeFor(role, { departmentId: typed.departmentId || null, partnerInstitutionId: typed.partnerInstitutionId || null });
  if (scope.departmentId && !(await tx.department.count({ where: { id: scope.departmentId } }))) {
    throw new AppError("invalid", undefined, { departmentId: V.chooseDepartment });
  }
  if (scope.partnerInstitutionId && !(await tx.partnerInstitution.count({ where: { id: scope.partnerInstitutionId } }))) {
    throw new AppError("invalid", undefined, { partnerInstitutionId: V.choosePartner });
  }
  return scope;
}
