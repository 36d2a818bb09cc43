/** Errors a caller can cause, each with a code the UI translates. */
export type AppErrorCode =
  | "unauthenticated"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "invalid"
  | "rate_limited"
  | "refused";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A more precise reason, such as a refused transition's guard; a catalogue key suffix. */
    readonly detail?: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "AppError";
  }
}
