import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";

const STATUS: Record<AppError["code"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
  rate_limited: 429,
  refused: 409,
};

/** Turns an error into a JSON answer: typed errors say what happened, an unreachable database asks to retry, others give only a reference to the log. */
export function errorResponse(error: unknown): Response {
  if (error instanceof AppError) {
    // A record the caller may not touch is "not found", whatever the reason.
    const code = error.code === "forbidden" ? "not_found" : error.code;
    return Response.json({ error: code, detail: error.detail, fieldErrors: error.fieldErrors }, { status: STATUS[code] });
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[api ${reference}]`, error);
  if (isDatabaseUnavailable(error)) return Response.json({ error: "unavailable", reference }, { status: 503, headers: { "Retry-After": "5" } });
  return Response.json({ error: "internal", reference }, { status: 500 });
}
