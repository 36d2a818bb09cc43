import type { z } from "zod";
import { asValidationKey, type Translate } from "@/lib/i18n/translate";

/** A machine-readable list of field errors, each with its message in the reader's language. */
export function fieldErrorList(error: z.ZodError, t: Translate) {
  return error.issues.map((issue) => {
    const known = issue.message.startsWith("validation.");
    return {
      field: issue.path.join("."),
      code: known ? issue.message.slice("validation.".length) : issue.code,
      message: t(asValidationKey(issue.message)),
    };
  });
}
