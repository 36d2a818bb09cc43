import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { inviteStaff } from "@/lib/server/staff/invite-staff";
import { acceptStaffInvitation } from "@/lib/server/staff/accept-staff-invitation";
import { revokeStaffInvitation } from "@/lib/server/staff/revoke-staff-invitation";
import { updateStaff } from "@/lib/server/staff/update-staff";
import { authenticate } from "@/lib/server/auth/authenticate";
import { hashLinkToken } from "@/lib/server/crypto/link-token";
import { endSession, isSessionEnded } from "@/lib/server/auth/ended-sessions";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { createRoundWithDestination } from "../support/applications";

const PASSWORD = "a long enough passphrase";
const run = promisify(execFile);

function invitation(overrides: Partial<Parameters<typeof inviteStaff>[1]> = {}) {
  return {
    name: "Claire Martin",
    email: `claire-${uniqueSuffix()}@home.test`,
    role: "INTERNATIONAL_OFFICE" as const,
    departmentId: "",
    partnerInstitutionId: "",
    locale: "en" as const,
    ...overrides,
  };
}

/** The token of the newest invitation e-mailed to `email`. */
async function invitationToken(email: string): Promise<string> {
  const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: email }, orderBy: { receivedAt: "desc" } }));
  return mail.text.match(/\/invitation\/([A-Za-z0-9_-]+)/)![1]!;
}

describe("staff invitations", () => {
  it("are sent by an administrator only; the person chooses a password and gets the role and scope given", async () => {
    const { department } = await createRoundWithDestination();
    const input = invitation({ role: "DEPARTMENTAL_COORDINATOR", departmentId: department.id });
    for (const role of ["STUDENT", "INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"] as const) {
      await expect(inviteStaff(await createUser(role), input)).rejects.toMatchObject({ code: "forbidden" });
    }
    const admin = await createUser("ADMINISTRATOR");
    await inviteStaff(admin, input);
    const token = await invitationToken(input.email);
    await expect(acceptStaffInvitation({ token, password: "password1234" })).rejects.toMatchObject({
      fieldErrors: { password: "validation.passwordTooCommon" },
    });
    expect(await testDb().user.count({ where: { email: input.email } })).toBe(0);

    const accepted = await acceptStaffInvitation({ token, password: PASSWORD });
    expect(accepted).toEqual({ email: input.email, role: "DEPARTMENTAL_COORDINATOR" });
    const account = await testDb().user.findUniqueOrThrow({ where: { email: input.email } });
    expect(account).toMatchObject({ role: "DEPARTMENTAL_COORDINATOR", departmentId: department.id, partnerInstitutionId: null, locale: "en" });
    expect((await authenticate(input.email, PASSWORD, `client-${uniqueSuffix()}`)).ok).toBe(true);
    await expect(acceptStaffInvitation({ token, password: PASSWORD })).rejects.toMatchObject({ detail: "invitation_used" });
    expect(await testDb().auditEvent.count({ where: { action: { in: ["staff.invited", "staff.joined"] }, reason: input.email } })).toBe(1);
  });

  it("refuses a link that expired, was withdrawn or replaced, and an address that already has an account", async () => {
    const admin = await createUser("ADMINISTRATOR");
    const input = invitation();
    await inviteStaff(admin, input);
    const first = await invitationToken(input.email);
    const { id } = await testDb().staffInvitation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(first) } });
    await testDb().staffInvitation.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(acceptStaffInvitation({ token: first, password: PASSWORD })).rejects.toMatchObject({ detail: "invitation_expired" });

    await inviteStaff(admin, input);
    const second = await waitFor(async () => {
      const token = await invitationToken(input.email);
      return token === first ? null : token;
    });
    const { id: secondId } = await testDb().staffInvitation.findUniqueOrThrow({ where: { tokenHash: hashLinkToken(second) } });
    await inviteStaff(admin, input);
    await expect(acceptStaffInvitation({ token: second, password: PASSWORD })).rejects.toMatchObject({ detail: "invitation_revoked" });
    const third = await testDb().staffInvitation.findFirstOrThrow({ where: { email: input.email, revokedAt: null } });
    await revokeStaffInvitation(admin, { invitationId: third.id });
    await expect(revokeStaffInvitation(admin, { invitationId: secondId })).rejects.toMatchObject({ code: "not_found" });
    await expect(acceptStaffInvitation({ token: "x".repeat(43), password: PASSWORD })).rejects.toMatchObject({ detail: "invitation_invalid" });

    await expect(inviteStaff(admin, invitation({ email: admin.email }))).rejects.toMatchObject({ fieldErrors: { email: "validation.accountExists" } });
  });

  it("need the scope of the role", async () => {
    const admin = await createUser("ADMINISTRATOR");
    await expect(inviteStaff(admin, invitation({ role: "HOST_COORDINATOR", partnerInstitutionId: "nope" }))).rejects.toMatchObject({
      fieldErrors: { partnerInstitutionId: "validation.choosePartner" },
    });
  });
});

describe("the first administrator", () => {
  it("is invited from the command line, which prints a one-time link and sets no password", async () => {
    const email = `first-admin-${uniqueSuffix()}@home.test`;
    const script = path.join(import.meta.dirname, "..", "..", "scripts", "admin-create.ts");
    const { stdout } = await run(process.execPath, ["--import", "tsx", "--conditions=react-server", script, email, "Marie", "Curie"], {
      env: { ...process.env, NEXTAUTH_URL: "https://portal.example" },
    });
    const token = stdout.match(/https:\/\/portal\.example\/invitation\/([A-Za-z0-9_-]+)/)![1]!;
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    await acceptStaffInvitation({ token, password: PASSWORD });
    expect(await testDb().user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "ADMINISTRATOR", name: "Marie Curie" });
    await expect(run(process.execPath, ["--import", "tsx", "--conditions=react-server", script, "not-an-address"])).rejects.toMatchObject({
      stderr: expect.stringContaining("Usage"),
    });
  });
});

describe("changing a staff account", () => {
  it("ends its sessions when what it may do changes, refuses an edit over someone else's, and is audited", async () => {
    const admin = await createUser("ADMINISTRATOR");
    const { partner } = await createRoundWithDestination();
    const person = await createUser("INTERNATIONAL_OFFICE");
    const base = { userId: person.id, departmentId: "", partnerInstitutionId: "", active: true };
    await expect(updateStaff(person, { ...base, version: 1, role: "ADMINISTRATOR" })).rejects.toMatchObject({ code: "forbidden" });

    expect(await updateStaff(admin, { ...base, version: 1, role: "INTERNATIONAL_OFFICE" })).toEqual({ version: 2 });
    expect((await testDb().user.findUniqueOrThrow({ where: { id: person.id } })).sessionVersion).toBe(1);

    await updateStaff(admin, { ...base, version: 2, role: "HOST_COORDINATOR", partnerInstitutionId: partner.id });
    const host = await testDb().user.findUniqueOrThrow({ where: { id: person.id } });
    expect(host).toMatchObject({ role: "HOST_COORDINATOR", partnerInstitutionId: partner.id, sessionVersion: 2, version: 3 });
    await expect(updateStaff(admin, { ...base, version: 2, role: "GRANT_COMMISSION" })).rejects.toMatchObject({ code: "conflict" });

    await updateStaff(admin, { ...base, version: 3, role: "HOST_COORDINATOR", partnerInstitutionId: partner.id, active: false });
    const off = await testDb().user.findUniqueOrThrow({ where: { id: person.id } });
    expect(off.deactivatedAt).not.toBeNull();
    expect(off.sessionVersion).toBe(3);
    const audit = await testDb().auditEvent.findMany({
      where: { entityId: person.id },
      orderBy: { createdAt: "asc" },
      select: { action: true, fromState: true, toState: true },
    });
    expect(audit).toEqual([
      { action: "staff.role_changed", fromState: "INTERNATIONAL_OFFICE", toState: `HOST_COORDINATOR partner:${partner.id}` },
      { action: "staff.deactivated", fromState: null, toState: null },
    ]);
    await expect(updateStaff(admin, { ...base, userId: (await createUser("STUDENT")).id, version: 1, role: "ADMINISTRATOR" })).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("refuses the sign-in of a deactivated account with the answer a wrong password gets", async () => {
    const admin = await createUser("ADMINISTRATOR");
    const input = invitation();
    await inviteStaff(admin, input);
    await acceptStaffInvitation({ token: await invitationToken(input.email), password: PASSWORD });
    const person = await testDb().user.findUniqueOrThrow({ where: { email: input.email } });
    await updateStaff(admin, { userId: person.id, version: 1, role: "INTERNATIONAL_OFFICE", departmentId: "", partnerInstitutionId: "", active: false });
    expect(await authenticate(input.email, PASSWORD, `client-${uniqueSuffix()}`)).toEqual({ ok: false, reason: "invalid_credentials" });
  });

  it("never leaves the portal without an active administrator, even when two administrators demote each other at once", async () => {
    const db = testDb();
    const others = await db.user.findMany({ where: { role: "ADMINISTRATOR", deactivatedAt: null }, select: { id: true } });
    await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: new Date() } });
    try {
      const [a, b] = [await createUser("ADMINISTRATOR"), await createUser("ADMINISTRATOR")];
      const demote = (by: typeof a, target: typeof a) =>
        updateStaff(by, { userId: target.id, version: 1, role: "INTERNATIONAL_OFFICE", departmentId: "", partnerInstitutionId: "", active: true });
      const results = await Promise.allSettled([demote(a, b), demote(b, a)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({ reason: { detail: "last_administrator" } });
      expect(await db.user.count({ where: { role: "ADMINISTRATOR", deactivatedAt: null } })).toBe(1);

      const [last] = await db.user.findMany({ where: { role: "ADMINISTRATOR", deactivatedAt: null }, select: { id: true, version: true } });
      const self = (await db.user.findUniqueOrThrow({ where: { id: last!.id } })) as unknown as typeof a;
      await expect(
        updateStaff(self, { userId: last!.id, version: last!.version, role: "ADMINISTRATOR", departmentId: "", partnerInstitutionId: "", active: false }),
      ).rejects.toMatchObject({ detail: "last_administrator" });
    } finally {
      await db.user.updateMany({ where: { id: { in: others.map((o) => o.id) } }, data: { deactivatedAt: null } });
    }
  });
});

describe("a signed-out session", () => {
  it("is refused until it would have expired, whatever instance reads it", async () => {
    const sid = `sid-${uniqueSuffix()}`;
    expect(await isSessionEnded(sid)).toBe(false);
    await endSession(sid, new Date(Date.now() + 3_600_000));
    await endSession(sid, new Date(Date.now() + 3_600_000));
    expect(await isSessionEnded(sid)).toBe(true);
    expect(await isSessionEnded(undefined)).toBe(true);
    // Rows past their token's expiry are cleared by the next sign-out.
    await testDb().endedSession.create({ data: { id: `old-${sid}`, expiresAt: new Date(Date.now() - 1000) } });
    await endSession(`other-${sid}`, new Date(Date.now() + 3_600_000));
    expect(await testDb().endedSession.count({ where: { id: `old-${sid}` } })).toBe(0);
  });
});
