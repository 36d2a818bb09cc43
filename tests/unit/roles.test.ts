import { describe, expect, it } from "vitest";
import { COORDINATOR_ROLES, homePathFor, isCoordinator, isRole, ROLES } from "@/lib/domain/roles";

describe("roles", () => {
  it("sends each role to its own home", () => {
    expect(homePathFor("STUDENT")).toBe("/student");
    expect(homePathFor("ADMINISTRATOR")).toBe("/admin");
    for (const role of COORDINATOR_ROLES) expect(homePathFor(role)).toBe("/coordinator");
  });

  it("counts neither students nor administrators as coordinators", () => {
    expect(ROLES.filter(isCoordinator)).toEqual([...COORDINATOR_ROLES]);
    expect(isCoordinator("STUDENT")).toBe(false);
    expect(isCoordinator("ADMINISTRATOR")).toBe(false);
  });

  it("recognises only the portal's own role names, as a session endpoint might send anything", () => {
    for (const role of ROLES) expect(isRole(role)).toBe(true);
    for (const value of ["student", "ROOT", "", null, undefined, 3, {}]) expect(isRole(value)).toBe(false);
  });
});
