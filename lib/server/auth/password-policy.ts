import "server-only";
import { dictionary } from "@zxcvbn-ts/language-common";
import { V } from "@/lib/validation/messages";
import type { FieldMessageKey } from "@/lib/i18n/message";

// The 49,000 most used passwords of the zxcvbn-ts project, shipped in its npm
// package (offline). Server-side only: the list stays out of the browser.
let common: Set<string> | undefined;

/**
 * Why a new password (already at least 12 characters, see ZSignUp) is too easy
 * to guess, or null: it is one of the commonly used ones, or it repeats too
 * few characters ("aaaaaaaaaaaa", "abababababab").
 */
export function weakPasswordReason(password: string): FieldMessageKey | null {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  if (common.has(password.toLowerCase())) return V.passwordTooCommon;
  if (new Set(password.toLowerCase()).size < 4) return V.passwordTooCommon;
  return null;
}
