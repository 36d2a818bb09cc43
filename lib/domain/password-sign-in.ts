import type { RoleName } from "@/lib/domain/roles";

export type PasswordSignIn = "all" | "students" | "off";

/**
 * Whether a correct password may still open a session, given PASSWORD_SIGN_IN:
 * once the institution's sign-in is in place, an office may keep passwords
 * for students only, or for nobody.
 */
export function passwordSignInRefusal(setting: PasswordSignIn, role: RoleName): "password_sign_in_off" | "password_sign_in_students" | null {
  if (setting === "off") return "password_sign_in_off";
  if (setting === "students" && role !== "STUDENT") return "password_sign_in_students";
  return null;
}
