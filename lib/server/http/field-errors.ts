import type { z } from "zod";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/** A machine-readable list of field errors, each with its message in the reader's language. */
export function fieldErrorList(error: z.ZodError, t: Translate) {
  return error.issues.map((issue) => ({
    field: issue.path.join("."),
    code: issue.message.startsWith("validation.") ? issue.message.slice("validation.".length) : issue.code,
    message: issue.message.startsWith("validation.") ? t(issue.message) : issue.message,
  }));
}
