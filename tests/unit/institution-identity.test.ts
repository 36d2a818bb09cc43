import { describe, expect, it } from "vitest";
import { readIdentity, type ClaimNames } from "@/lib/domain/institution-identity";

const NAMES: ClaimNames = {
  email: "email",
  name: "name",
  studentNumber: "student_number",
  esi: "schac_personal_unique_code",
  affiliation: "eduperson_affiliation",
};
const ESI = "urn:schac:personalUniqueCode:int:esi:fr:20261234";

describe("reading what the identity provider says", () => {
  it("reads a student of MyAcademicID's shape: lists, scoped affiliations, the ESI among other codes", () => {
    expect(
      readIdentity(
        {
          sub: "abc",
          email: ["Lina.Idp@Univ.example"],
          email_verified: true,
          name: "Lina Idp",
          student_number: "20261234",
          schac_personal_unique_code: ["urn:schac:personalUniqueCode:int:other:fr:1", ESI],
          eduperson_affiliation: ["student@univ.example", "member@univ.example"],
        },
        NAMES,
        false,
      ),
    ).toEqual({ subject: "abc", email: "lina.idp@univ.example", emailVerified: true, name: "Lina Idp", studentNumber: "20261234", esi: ESI, kind: "student" });
  });

  it.each([
    [["staff"], "20261234", "staff"],
    [["student", "employee"], "20261234", "staff"],
    [["faculty@univ.example"], null, "staff"],
    [["student"], null, "student"],
    [["member"], "20261234", "unknown"],
    [[], "20261234", "student"],
    [[], null, "unknown"],
  ])("affiliations %j with student number %s: %s", (affiliation, number, kind) => {
    expect(readIdentity({ sub: "x", eduperson_affiliation: affiliation, student_number: number }, NAMES, false).kind).toBe(kind);
  });

  it("trusts an address only when the provider says it is verified, or the setting says every address is", () => {
    expect(readIdentity({ sub: "x", email: "a@b.example" }, NAMES, false).emailVerified).toBe(false);
    expect(readIdentity({ sub: "x", email: "a@b.example", email_verified: "true" }, NAMES, false).emailVerified).toBe(true);
    expect(readIdentity({ sub: "x", email: "a@b.example" }, NAMES, true).emailVerified).toBe(true);
  });

  it("drops what is not in the portal's formats, and control characters", () => {
    const identity = readIdentity(
      { sub: "x", email: "not an address", name: "Eve\u202e\u0007 Evil", student_number: "12ab", schac_personal_unique_code: "12345" },
      NAMES,
      false,
    );
    expect(identity).toMatchObject({ email: null, name: "Eve Evil", studentNumber: null, esi: null });
  });

  it("takes the name from given and family names when there is no name claim, and claims under other names", () => {
    const identity = readIdentity(
      { sub: "x", given_name: "Jan", family_name: "Novak", mail: "jan@b.example", matricule: "20260001" },
      { ...NAMES, email: "mail", studentNumber: "matricule" },
      true,
    );
    expect(identity).toMatchObject({ name: "Jan Novak", email: "jan@b.example", studentNumber: "20260001", kind: "student" });
  });
});
