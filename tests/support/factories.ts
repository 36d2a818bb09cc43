import type { CurrentUser } from "@/lib/server/auth/session";
import type { Role } from "@/lib/server/db/generated/enums";
import { testDb, uniqueSuffix } from "./db";

/** A user of the given role, with a home department for departmental coordinators. */
export async function createUser(
  role: Role,
  overrides: Partial<{ departmentId: string; partnerInstitutionId: string; locale: "fr" | "en" }> = {},
): Promise<CurrentUser> {
  const suffix = uniqueSuffix();
  return testDb().user.create({
    data: {
      email: `${role.toLowerCase()}-${suffix}@test.invalid`,
      name: `${role} ${suffix}`,
      role,
      passwordHash: "unused",
      studentNumber: role === "STUDENT" ? String(Math.floor(10_000_000 + Math.random() * 89_999_999)) : undefined,
      ...overrides,
    },
    select: { id: true, email: true, name: true, role: true, locale: true, departmentId: true, partnerInstitutionId: true },
  });
}

/** Polls until `probe` gives a value. Mail goes through one shared outbox, oldest first: in a loaded run other files' mail may come first, hence 20 s (under the 30 s test timeout). */
export async function waitFor<T>(probe: () => Promise<T | null | undefined>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("Timed out waiting for the condition");
}
