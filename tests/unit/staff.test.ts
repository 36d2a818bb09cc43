import { describe, expect, it } from "vitest";
import { endsSessions, leavesNoAdministrator, scopeFor, scopeOf, STAFF_ROLES } from "@/lib/domain/staff";

describe("staff roles and their scope", () => {
  it("limits a departmental coordinator to a department and a host coordinator to a partner, and no other role", () => {
    expect(Object.fromEntries(STAFF_ROLES.map((role) => [role, scopeOf(role)]))).toEqual({
      DEPARTMENTAL_COORDINATOR: "department",
      INTERNATIONAL_OFFICE: null,
      GRANT_COMMISSION: null,
      HOST_COORDINATOR: "partner",
      ADMINISTRATOR: null,
    });
  });

  it("keeps only the scope of the role's own kind", () => {
    const both = { departmentId: "d", partnerInstitutionId: "p" };
    expect(scopeFor("DEPARTMENTAL_COORDINATOR", both)).toEqual({ departmentId: "d", partnerInstitutionId: null });
    expect(scopeFor("HOST_COORDINATOR", both)).toEqual({ departmentId: null, partnerInstitutionId: "p" });
    expect(scopeFor("INTERNATIONAL_OFFICE", both)).toEqual({ departmentId: null, partnerInstitutionId: null });
  });
});

describe("the last administrator", () => {
  const accounts = [
    { id: "a", role: "ADMINISTRATOR", active: true },
    { id: "b", role: "ADMINISTRATOR", active: false },
    { id: "c", role: "INTERNATIONAL_OFFICE", active: true },
  ] as const;

  it("cannot be demoted or deactivated", () => {
    expect(leavesNoAdministrator(accounts, { id: "a", role: "INTERNATIONAL_OFFICE", active: true })).toBe(true);
    expect(leavesNoAdministrator(accounts, { id: "a", role: "ADMINISTRATOR", active: false })).toBe(true);
  });

  it("can be once another administrator is active", () => {
    expect(leavesNoAdministrator(accounts, { id: "b", role: "ADMINISTRATOR", active: true })).toBe(false);
    expect(leavesNoAdministrator(accounts, { id: "c", role: "ADMINISTRATOR", active: true })).toBe(false);
    const two = [...accounts, { id: "d", role: "ADMINISTRATOR", active: true } as const];
    expect(leavesNoAdministrator(two, { id: "a", role: "GRANT_COMMISSION", active: true })).toBe(false);
  });

  it("is untouched by changes to other accounts", () => {
    expect(leavesNoAdministrator(accounts, { id: "c", role: "GRANT_COMMISSION", active: false })).toBe(false);
  });
});

describe("which changes end an account's sessions", () => {
  const before = { role: "DEPARTMENTAL_COORDINATOR", active: true, departmentId: "d", partnerInstitutionId: null } as const;
  it.each([
    ["a new role", { ...before, role: "INTERNATIONAL_OFFICE" }],
    ["deactivation", { ...before, active: false }],
    ["another department", { ...before, departmentId: "e" }],
    ["a partner", { ...before, partnerInstitutionId: "p" }],
  ] as const)("%s does", (_label, after) => {
    expect(endsSessions(before, after)).toBe(true);
  });

  it("nothing changed does not", () => {
    expect(endsSessions(before, { ...before })).toBe(false);
  });
});
