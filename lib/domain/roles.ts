export const ROLES = ["STUDENT", "DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE", "GRANT_COMMISSION", "HOST_COORDINATOR", "ADMINISTRATOR"] as const;
export type RoleName = (typeof ROLES)[number];

export function isRole(value: unknown): value is RoleName {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Staff who work in the coordinator dashboard. */
export const COORDINATOR_ROLES = [
  "DEPARTMENTAL_COORDINATOR",
  "INTERNATIONAL_OFFICE",
  "GRANT_COMMISSION",
  "HOST_COORDINATOR",
] as const satisfies readonly RoleName[];

export function isCoordinator(role: RoleName): boolean {
  return (COORDINATOR_ROLES as readonly RoleName[]).includes(role);
}

/** Where each role lands after signing in. */
export function homePathFor(role: RoleName): string {
  if (role === "STUDENT") return "/student";
  if (role === "ADMINISTRATOR") return "/admin";
  return "/coordinator";
}
