import { describe, expect, it } from "vitest";
import { passwordSignInRefusal } from "@/lib/domain/password-sign-in";
import { ROLES } from "@/lib/domain/roles";

describe("who may sign in with a password (PASSWORD_SIGN_IN)", () => {
  it.each(ROLES)("all: %s may", (role) => expect(passwordSignInRefusal("all", role)).toBeNull());
  it.each(ROLES)("off: %s may not", (role) => expect(passwordSignInRefusal("off", role)).toBe("password_sign_in_off"));
  it.each(ROLES)("students: %s only if a student", (role) =>
    expect(passwordSignInRefusal("students", role)).toBe(role === "STUDENT" ? null : "password_sign_in_students"),
  );
});
