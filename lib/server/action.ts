import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Role } from "@/lib/server/db/generated/enums";
import { getCurrentUser, type CurrentUser } from "@/lib/server/auth/session";
import { AppError, type ActionFailure, type FieldErrors } from "@/lib/server/errors";
import { asFieldMessageKey } from "@/lib/i18n/translate";
import { controlCharacterPath } from "@/lib/validation/text";
import { V } from "@/lib/validation/messages";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";

export type { ActionFailure } from "@/lib/server/errors";

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

type ActionAccess = { public: true } | { roles: readonly Role[] | "any" };

/** Who each server action admits, kept so that a test can check every action against the access matrix. */
export const ACTION_ACCESS = new WeakMap<object, ActionAccess>();
type Handler<I, T, U> = (input: I, user: U) => Promise<T>;

/** Field errors keyed by dotted path, holding catalogue keys. */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".");
    errors[path] ??= asFieldMessageKey(issue.message);
  }
  return errors;
}

/**
 * Every server action is a public HTTP endpoint: this wrapper refuses
 * control characters anywhere in the input, loads the caller, checks the
 * role, validates the input with the form's own zod schema, and turns errors
 * into results the form can show (through `useAction`). Record-level access is
 * checked by the data-access function the handler calls.
 */
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  access: { public: true },
  handler: Handler<z.infer<S>, T, CurrentUser | null>,
): (input: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  access: { roles: readonly Role[] | "any" },
  handler: Handler<z.infer<S>, T, CurrentUser>,
): (input: unknown) => Promise<ActionResult<T>>;
export function defineAction<S extends z.ZodType, T>(
  schema: S,
  access: ActionAccess,
  handler: Handler<z.infer<S>, T, CurrentUser | null> | Handler<z.infer<S>, T, CurrentUser>,
) {
  const action = async (input: unknown): Promise<ActionResult<T>> => {
    try {
      // Checked before anything else: a control character is refused whoever sends it.
      const hidden = controlCharacterPath(input);
      if (hidden !== null) return { ok: false, error: "invalid", fieldErrors: { [hidden]: V.controlCharacter } };
      const user = await getCurrentUser();
      if (!("public" in access)) {
        if (!user) return { ok: false, error: "unauthenticated" };
        if (access.roles !== "any" && !access.roles.includes(user.role)) return { ok: false, error: "forbidden" };
      }
      const parsed = schema.safeParse(input);
      if (!parsed.success) return { ok: false, error: "invalid", fieldErrors: fieldErrorsOf(parsed.error) };
      const data = await (handler as Handler<z.infer<S>, T, CurrentUser | null>)(parsed.data, user);
      return { ok: true, data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.code, detail: error.detail, fieldErrors: error.fieldErrors };
      const reference = randomUUID().slice(0, 8);
      console.error(`[action ${reference}]`, error);
      return { ok: false, error: isDatabaseUnavailable(error) ? "unavailable" : "internal", reference };
    }
  };
  ACTION_ACCESS.set(action, access);
  return action;
}
