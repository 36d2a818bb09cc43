import type { z } from "zod";
import { asFieldMessageKey, fieldMessageCode, type Translate } from "@/lib/i18n/translate";
import type { FieldErrorItem } from "./error-response";

/** A machine-readable list of field errors, each with its message in the reader's language. */
export function fieldErrorList(error: z.ZodError, t: Translate): FieldErrorItem[] {
  return error.issues.map((issue) => {
    const key = asFieldMessageKey(issue.message);
    return { field: issue.path.join("."), code: key === issue.message ? fieldMessageCode(key) : issue.code, message: t(key) };
  });
}
