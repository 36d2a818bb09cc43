import type { z } from "zod";
import { asFieldMessageKey, fieldMessageCode, type FieldMessageKey, type Translate } from "@/lib/i18n/translate";

/** A field error as every API gives it: the field's dotted path, a stable code, and the message in the reader's language. */
export type FieldErrorItem = { field: string; code: string; message: string };

/** One field error, its code taken from the message's key unless given. */
export function fieldErrorItem(field: string, key: FieldMessageKey, t: Translate, code = fieldMessageCode(key)): FieldErrorItem {
  return { field, code, message: t(key) };
}

/** A machine-readable list of field errors, each with its message in the reader's language. */
export function fieldErrorList(error: z.ZodError, t: Translate): FieldErrorItem[] {
  return error.issues.map((issue) => {
    const key = asFieldMessageKey(issue.message);
    return fieldErrorItem(issue.path.join("."), key, t, key === issue.message ? fieldMessageCode(key) : issue.code);
  });
}
