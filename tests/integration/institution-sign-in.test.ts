import { describe, expect, it } from "vitest";
import { signInWithInstitution } from "@/lib/server/auth/institution-sign-in";
import { inviteStaff } from "@/lib/server/staff/invite-staff";
import type { InstitutionIdentity } from "@/lib/domain/institution-identity";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";

function identity(overrides: Partial<InstitutionIdentity> = {}): InstitutionIdentity {
  const suffix = uniqueSuffix();
  return {
    subject: `sub-${suffix}`,
    email: `person-${suffix}@univ.test`,
    emailVerified: true,
    name: `Person ${suffix}`,
    studentNumber: String(Math.floor(10_000_000 + Math.random() * 89_999_999)),
    esi: `urn:schac:personalUniqueCode:int:esi:fr:${suffix}`,
    kind: "student",
    ...overrides,
  };
}

describe("signing in through the institution", () => {
  it("opens a student account from the claims at the first sign-in, and the same one afterwards", async () => {
    const person = identity();
    const first = await signInWithInstitution(person, "fr");
    expect(first).toMatchObject({ ok: true, user: { role: "STUDENT", email: person.email } });
    const stored = await testDb().user.findUniqueOrThrow({ where: { email: person.email! }, omit: { passwordHash: false } });
    expect(stored).toMatchObject({
      studentNumber: person.studentNumber,
      europeanStudentIdentifier: person.esi,
      institutionSubject: person.subject,
      locale: "fr",
    });
    expect(stored.passwordHash).toBe("none");
    // Their address changed at the institution: the identifier still finds them.
    const again = await signInWithInstitution({ ...person, email: `renamed-${uniqueSuffix()}@univ.test` }, "fr");
    expect(again).toMatchObject({ ok: true, user: { id: stored.id } });
    expect(await testDb().user.count({ where: { institutionSubject: person.subject } })).toBe(1);
  });

  it("links an existing password account with the same verified address, keeping its student number", async () => {
    const existing = await createUser("STUDENT");
    const person = identity({ email: existing.email });
    const outcome = await signInWithInstitution(person, "en");
    expect(outcome).toMatchObject({ ok: true, user: { id: existing.id } });
    const stored = await testDb().user.findUniqueOrThrow({ where: { id: existing.id } });
    expect(stored.institutionSubject).toBe(person.subject);
    expect(stored.europeanStudentIdentifier).toBe(person.esi);
    expect(stored.studentNumber).not.toBe(person.studentNumber);
  });

  it("turns a pending invitation into the staff account it describes, and refuses staff nobody invited", async () => {
    const admin = await createUser("ADMINISTRATOR");
    const email = `staff-${uniqueSuffix()}@univ.test`;
    expect(await signInWithInstitution(identity({ email, kind: "staff" }), "en")).toEqual({ ok: false, refusal: "not_invited" });
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    await inviteStaff(admin, { name: "Invited Person", email, role: "INTERNATIONAL_OFFICE", departmentId: "", partnerInstitutionId: "", locale: "en" });
    const outcome = await signInWithInstitution(identity({ email, kind: "staff" }), "en");
    expect(outcome).toMatchObject({ ok: true, user: { role: "INTERNATIONAL_OFFICE", email } });
    expect(await testDb().staffInvitation.findFirstOrThrow({ where: { email } })).toMatchObject({ acceptedAt: expect.any(Date) });
  });

  it("never makes a student account from staff claims or an unknown kind, nor from an address the provider did not verify", async () => {
    for (const kind of ["staff", "unknown"] as const) {
      const person = identity({ kind });
      expect(await signInWithInstitution(person, "en")).toEqual({ ok: false, refusal: "not_invited" });
    }
    const unverified = identity({ emailVerified: false });
    expect(await signInWithInstitution(unverified, "en")).toEqual({ ok: false, refusal: "email_unverified" });
    expect(await testDb().user.count({ where: { email: unverified.email! } })).toBe(0);
  });

  it("refuses a deactivated account, and an address already linked to another identity", async () => {
    const closed = await createUser("DEPARTMENTAL_COORDINATOR");
    await testDb().user.update({ where: { id: closed.id }, data: { deactivatedAt: new Date() } });
    expect(await signInWithInstitution(identity({ email: closed.email, kind: "staff" }), "en")).toEqual({ ok: false, refusal: "deactivated" });

    const person = identity();
    await signInWithInstitution(person, "en");
    expect(await signInWithInstitution({ ...person, subject: `someone-else-${uniqueSuffix()}` }, "en")).toEqual({ ok: false, refusal: "other_person" });
  });

  it("gives two first sign-ins of the same person at once one account", async () => {
    const person = identity();
    const outcomes = await Promise.all([signInWithInstitution(person, "en"), signInWithInstitution(person, "en")]);
    expect(outcomes.every((o) => o.ok)).toBe(true);
    expect(await testDb().user.count({ where: { email: person.email! } })).toBe(1);
  });
});
