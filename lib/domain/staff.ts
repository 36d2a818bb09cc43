import type { RoleName } from "./roles";

/** The roles an administrator gives; students create their own accounts. */
export const STAFF_ROLES = [
  "DEPARTMENTAL_COORDINATOR",
  "INTERNATIONAL_OFFICE",
  "GRANT_COMMISSION",
  "HOST_COORDINATOR",
  "ADMINISTRATOR",
] as const satisfies readonly RoleName[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** What a role's rights are limited to: a departmental coordinator reviews one department, a host coordinator acts for one partner. */
export function scopeOf(role: StaffRole): "department" | "partner" | null {
  if (role === "DEPARTMENTAL_COORDINATOR") return "department";
  if (role === "HOST_COORDINATOR") return "partner";
  return null;
}

type Scope = { departmentId: string | null; partnerInstitutionId: string | null };

/** The scope a role keeps: only its own kind, so that a former host coordinator keeps no partner. */
export function scopeFor(role: StaffRole, scope: Scope): Scope {
  const kind = scopeOf(role);
  return { departmentId: kind === "department" ? scope.departmentId : null, partnerInstitutionId: kind === "partner" ? scope.partnerInstitutionId : null };
}

type Account = { id: string; role: RoleName; active: boolean };

/**
 * Whether a change to one account leaves the portal with no active
 * administrator, who alone can give roles: then nobody could ever again.
 */
export function leavesNoAdministrator(accounts: readonly Account[], change: { id: string; role: RoleName; active: boolean }): boolean {
  const after = accounts.map((account) => (account.id === change.id ? { ...account, ...change } : account));
  return !after.some((account) => account.role === "ADMINISTRATOR" && account.active);
}

/** Whether a change to an account must end the sessions it has open: anything that changes what it may do. */
export function endsSessions(before: Scope & { role: RoleName; active: boolean }, after: Scope & { role: RoleName; active: boolean }): boolean {
  return (
    before.role !== after.role ||
    before.active !== after.active ||
    before.departmentId !== after.departmentId ||
    before.partnerInstitutionId !== after.partnerInstitutionId
  );
}
