/** Errors a caller can cause, each with a code the UI translates. */
export class AppError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited",
    message?: string,
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message ?? code);
    this.name = "AppError";
  }
}
