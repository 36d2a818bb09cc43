import { ZSignUp } from "@/lib/validation/auth";
import { describe, expect, it } from "vitest";
import { registerStudent } from "@/lib/server/user/register-student";
import { authenticate, SIGN_IN_LIMITS } from "@/lib/server/auth/authenticate";
import { signInDelayMs } from "@/lib/domain/sign-in-delay";
import { AppError } from "@/lib/server/errors";
import { checkDatabase } from "@/lib/server/health";
import { testDb, uniqueSuffix } from "../support/db";
import { waitFor } from "../support/factories";

function newStudent() {
  const suffix = uniqueSuffix();
  return {
    name: `Student ${suffix}`,
    email: `student-${suffix}@test.invalid`,
    studentNumber: String(Math.floor(10_000_000 + Math.random() * 89_999_999)),
    password: "a long enough password",
  };
}

describe("student registration", () => {
  it("creates a student whose password works, and e-mails a welcome over SMTP in their language", async () => {
    const input = newStudent();
    const { id } = await registerStudent(input, "fr");
    const user = await testDb().user.findUniqueOrThrow({ where: { id } });
    expect(user.role).toBe("STUDENT");
    expect(user.locale).toBe("fr");

    const result = await authenticate(input.email, input.password, `client-${id}`);
    expect(result.ok).toBe(true);

    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: input.email } }));
    expect(mail.subject).toBe("Bienvenue sur le portail des mobilités Erasmus+");
    expect(mail.text).toContain(`Bonjour ${input.name}`);
  });

  it("refuses a second account with the same e-mail, naming the field", async () => {
    const input = newStudent();
    await registerStudent(input, "en");
    const again = registerStudent({ ...input, studentNumber: "12345678" }, "en");
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toMatchObject({ fieldErrors: { email: "validation.emailTaken" } });
  });

  it("refuses a student number already registered, naming the field", async () => {
    const first = newStudent();
    await registerStudent(first, "en");
    const second = { ...newStudent(), studentNumber: first.studentNumber };
    await expect(registerStudent(second, "en")).rejects.toMatchObject({
      fieldErrors: { studentNumber: "validation.studentNumberTaken" },
    });
  });

  it.each([
    ["ten letters, as once accepted", "aaaaaaaaaa", "validation.passwordTooShort"],
    ["twelve times the same letter", "aaaaaaaaaaaa", "validation.passwordTooCommon"],
    ["a commonly used password", "password1234", "validation.passwordTooCommon"],
    ["another, in capitals", "QWERTY123456", "validation.passwordTooCommon"],
    ["two characters over and over", "abababababab", "validation.passwordTooCommon"],
  ])("refuses %s as a password, and creates no account", async (_what, password, message) => {
    const input = { ...newStudent(), password };
    const parsed = ZSignUp.safeParse(input);
    if (message === "validation.passwordTooShort") {
      expect(parsed.error?.issues.map((i) => i.message)).toEqual([message]);
    } else {
      expect(parsed.success).toBe(true);
      await expect(registerStudent(parsed.data!, "en")).rejects.toMatchObject({ code: "invalid", fieldErrors: { password: message } });
    }
    expect(await testDb().user.count({ where: { email: input.email } })).toBe(0);
  });

  it("stores no plain password", async () => {
    const input = newStudent();
    const { id } = await registerStudent(input, "en");
    const stored = await testDb().user.findUniqueOrThrow({ where: { id }, omit: { passwordHash: false } });
    expect(stored.passwordHash).not.toContain(input.password);
    expect(stored.passwordHash.startsWith("scrypt$")).toBe(true);
  });
});

describe("sign-in", () => {
  it("gives the same answer for an unknown account and a wrong password", async () => {
    const input = newStudent();
    await registerStudent(input, "en");
    const client = `client-${uniqueSuffix()}`;
    expect(await authenticate(input.email, "wrong password", client)).toEqual({ ok: false, reason: "invalid_credentials" });
    expect(await authenticate(`nobody-${uniqueSuffix()}@test.invalid`, "x", client)).toEqual({
      ok: false,
      reason: "invalid_credentials",
    });
  });

  it("stops one client after repeated failures on an account, even with the right password", async () => {
    const input = newStudent();
    await registerStudent(input, "en");
    const guesser = `client-${uniqueSuffix()}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perAccountAndClient.failures; i++) await authenticate(input.email, `wrong ${i}`, guesser);
    expect(await authenticate(input.email, input.password, guesser)).toEqual({ ok: false, reason: "rate_limited" });
  });

  it("never locks the owner out: ten wrong passwords from ten addresses only slow the account down", async () => {
    const input = newStudent();
    await registerStudent(input, "en");
    for (let i = 0; i < 10; i++)
      expect(await authenticate(input.email, `wrong ${i}`, `client-${uniqueSuffix()}`)).toMatchObject({ reason: "invalid_credentials" });
    const started = Date.now();
    expect(await authenticate(input.email, input.password, `owner-${uniqueSuffix()}`)).toMatchObject({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(signInDelayMs(10) - 50);
  });

  it("does not count successful sign-ins against the limit", async () => {
    const input = newStudent();
    await registerStudent(input, "en");
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
