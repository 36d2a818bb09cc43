import { ZSignUp } from "@/lib/validation/auth";
import { describe, expect, it } from "vitest";
import { requestSignUp, SIGN_UP_LIMITS } from "@/lib/server/user/request-sign-up";
import { confirmSignUp } from "@/lib/server/user/confirm-sign-up";
import { authenticate, SIGN_IN_LIMITS } from "@/lib/server/auth/authenticate";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";
import { checkDatabase } from "@/lib/server/health";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";

function newStudent() {
  const suffix = uniqueSuffix();
  return {
    name: `Student ${suffix}`,
    email: `student-${suffix}@test.invalid`,
    studentNumber: String(Math.floor(10_000_000 + Math.random() * 89_999_999)),
    password: "a long enough password",
  };
}

/** The link the portal e-mailed to `email` (captured over SMTP) whose subject contains `subject`. */
async function mailedTo(email: string, subject: string) {
  return waitFor(() => testDb().capturedEmail.findFirst({ where: { to: email, subject: { contains: subject } }, orderBy: { receivedAt: "desc" } }));
}

function tokenIn(text: string): string {
  const token = text.match(/\/sign-up\/([A-Za-z0-9_-]+)/)?.[1];
  if (!token) throw new Error(`No activation link in: ${text}`);
  return token;
}

/** Signs up and activates, as a student does with the e-mailed link. */
async function registerStudent(input: ReturnType<typeof newStudent>, locale: "fr" | "en" = "en") {
  await requestSignUp(input, locale, `client-${uniqueSuffix()}`);
  const mail = await mailedTo(input.email, locale === "fr" ? "Activez" : "Activate");
  await confirmSignUp({ token: tokenIn(mail.text), password: input.password });
  return testDb().user.findUniqueOrThrow({ where: { email: input.email } });
}

describe("student sign-up", () => {
  it("opens no account until the link e-mailed to the address is opened with the chosen password", async () => {
    const input = newStudent();
    await requestSignUp(input, "fr", `client-${uniqueSuffix()}`);
    expect(await testDb().user.count({ where: { email: input.email } })).toBe(0);
    expect(await authenticate(input.email, input.password, `client-${uniqueSuffix()}`)).toMatchObject({ ok: false });

    const mail = await mailedTo(input.email, "Activez votre compte");
    expect(mail.text).toContain(`Bonjour ${input.name}`);
    const token = tokenIn(mail.text);
    await expect(confirmSignUp({ token, password: "not the password chosen" })).rejects.toMatchObject({
      fieldErrors: { password: "validation.passwordNotTheOneChosen" },
    });
    expect(await confirmSignUp({ token, password: input.password })).toEqual({ email: input.email });

    const user = await testDb().user.findUniqueOrThrow({ where: { email: input.email } });
    expect(user).toMatchObject({ role: "STUDENT", locale: "fr", studentNumber: input.studentNumber });
    expect(await authenticate(input.email, input.password, `client-${uniqueSuffix()}`)).toMatchObject({ ok: true });
    // The link works once.
    await expect(confirmSignUp({ token, password: input.password })).rejects.toMatchObject({ code: "refused", detail: "invitation_used" });
  });

  it("refuses an expired link, and an unknown one", async () => {
    const input = newStudent();
    await requestSignUp(input, "en", `client-${uniqueSuffix()}`);
    const token = tokenIn((await mailedTo(input.email, "Activate")).text);
    await testDb().signUpRequest.updateMany({ where: { email: input.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmSignUp({ token, password: input.password })).rejects.toMatchObject({ detail: "invitation_expired" });
    await expect(confirmSignUp({ token: "x".repeat(43), password: input.password })).rejects.toMatchObject({ detail: "invitation_invalid" });
    expect(await testDb().user.count({ where: { email: input.email } })).toBe(0);
  });

  it("answers a registered address as any other, and tells its owner that someone tried", async () => {
    const owner = newStudent();
    await registerStudent(owner);
    const attacker = { ...newStudent(), email: owner.email };
    await expect(requestSignUp(attacker, "en", `client-${uniqueSuffix()}`)).resolves.toBeUndefined();
    const warning = await mailedTo(owner.email, "Someone tried");
    expect(warning.text).toContain("/sign-in");
    expect(warning.text).not.toContain("/sign-up/");
    expect(await testDb().signUpRequest.count({ where: { email: owner.email, confirmedAt: null } })).toBe(0);
  });

  it("never reveals a student number already held: the new account opens without it and the office is told", async () => {
    const first = newStudent();
    await registerStudent(first);
    const office = await createUser("INTERNATIONAL_OFFICE", { locale: "en" });
    const second = { ...newStudent(), studentNumber: first.studentNumber };
    const user = await registerStudent(second);
    expect(user.studentNumber).toBeNull();
    const told = await mailedTo(office.email, "student number");
    expect(told.text).toContain(second.email);
    expect(told.text).toContain(first.studentNumber);
    expect(told.text).not.toContain(first.email);
  });

  it("limits sign-ups per client, and e-mails to one address", async () => {
    const client = `client-${uniqueSuffix()}`;
    for (let i = 0; i < SIGN_UP_LIMITS.perClient.requests; i++) await requestSignUp(newStudent(), "en", client);
    await expect(requestSignUp(newStudent(), "en", client)).rejects.toMatchObject({ code: "rate_limited" });

    const target = newStudent();
    for (let i = 0; i < SIGN_UP_LIMITS.perAddress.emails + 2; i++) await requestSignUp(target, "en", `client-${uniqueSuffix()}`);
    expect(await testDb().signUpRequest.count({ where: { email: target.email } })).toBe(SIGN_UP_LIMITS.perAddress.emails);
  });

  it.each([
    ["ten letters, as once accepted", "aaaaaaaaaa", "validation.passwordTooShort"],
    ["twelve times the same letter", "aaaaaaaaaaaa", "validation.passwordTooCommon"],
    ["a commonly used password", "password1234", "validation.passwordTooCommon"],
    ["another, in capitals", "QWERTY123456", "validation.passwordTooCommon"],
    ["two characters over and over", "abababababab", "validation.passwordTooCommon"],
  ])("refuses %s as a password, and records nothing", async (_what, password, message) => {
    const input = { ...newStudent(), password };
    const parsed = ZSignUp.safeParse(input);
    if (message === "validation.passwordTooShort") {
      expect(parsed.error?.issues.map((i) => i.message)).toEqual([message]);
    } else {
      expect(parsed.success).toBe(true);
      await expect(requestSignUp(parsed.data!, "en", `client-${uniqueSuffix()}`)).rejects.toMatchObject({
        code: "invalid",
        fieldErrors: { password: message },
      });
    }
    expect(await testDb().signUpRequest.count({ where: { email: input.email } })).toBe(0);
  });

  it("stores no plain password", async () => {
    const input = newStudent();
    await requestSignUp(input, "en", `client-${uniqueSuffix()}`);
    const pending = await testDb().signUpRequest.findFirstOrThrow({ where: { email: input.email } });
    expect(pending.passwordHash).not.toContain(input.password);
    expect(pending.passwordHash.startsWith("scrypt$")).toBe(true);
  });
});

describe("sign-in", () => {
  it("gives the same answer for an unknown account and a wrong password", async () => {
    const input = newStudent();
    await registerStudent(input);
    const client = `client-${uniqueSuffix()}`;
    expect(await authenticate(input.email, "wrong password", client)).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await authenticate(`nobody-${uniqueSuffix()}@test.invalid`, "x", client)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("stops one client after repeated failures on an account, even with the right password", async () => {
    const input = newStudent();
    await registerStudent(input);
    const guesser = `client-${uniqueSuffix()}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndClient.failures; i++) await authenticate(input.email, `wrong ${i}`, guesser);
    expect(await authenticate(input.email, input.password, guesser)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("never locks the owner out: ten wrong passwords from ten addresses only slow the account down", async () => {
    const input = newStudent();
    await registerStudent(input);
    for (let i = 0; i < 10; i++)
      expect(await authenticate(input.email, `wrong ${i}`, `client-${uniqueSuffix()}`)).toMatchObject({ reason: "invalid_credentials" });
    const started = Date.now();
    expect(await authenticate(input.email, input.password, `owner-${uniqueSuffix()}`)).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(signInDelayMs(10) - 50);
  });

  it("does not count successful sign-ins against the limit", async () => {
    const input = newStudent();
    await registerStudent(input);
    const client = `client-${uniqueSuffix()}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndClient.failures + 2; i++) {
      expect((await authenticate(input.email, input.password, client)).ok).toBe(true);
    }
  });
});

describe("health", () => {
  it("reports that the database answers", async () => {
    expect(await checkDatabase()).toBe(true);
  });
});
