import "server-only";
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/server/errors";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";
import { UploadRefused, type UploadRefusal } from "@/lib/server/dossier/receive-upload";
import { translator } from "@/lib/i18n/translate";
import { fieldErrorItem } from "./field-errors";
import type { Locale } from "@/lib/i18n/locales";
import { RequestRefused } from "./request-refused";

const STATUS: Record<AppError["code"], number> = {
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid: 400,
  rate_limited: 429,
  refused: 409,
};

const UPLOAD_STATUS: Record<UploadRefusal, number> = { too_large: 413, empty: 400, unsupported_type: 415, active_pdf: 415, damaged_pdf: 415 };

/**
 * Turns an error into a JSON answer: typed errors say what happened, an
 * unreachable database asks to retry, others give only a reference to the
 * log. Every route handler answers its errors through this function.
 */
export function errorResponse(error: unknown, locale: Locale): Response {
  if (error instanceof RequestRefused)
    return Response.json({ error: error.code, fieldErrors: error.fieldErrors?.(translator(locale)) }, { status: error.status });
  if (error instanceof UploadRefused) return Response.json({ error: "upload_refused", detail: error.reason }, { status: UPLOAD_STATUS[error.reason] });
  if (error instanceof AppError) {
    // A record the caller may not touch is "not found", whatever the reason.
    const code = error.code === "forbidden" ? "not_found" : error.code;
    const t = translator(locale);
    const fieldErrors = error.fieldErrors ? Object.entries(error.fieldErrors).map(([field, key]) => fieldErrorItem(field, key, t)) : undefined;
    return Response.json({ error: code, detail: error.detail, fieldErrors }, { status: STATUS[code] });
  }
  const reference = randomUUID().slice(0, 8);
  console.error(`[api ${reference}]`, error);
  if (isDatabaseUnavailable(error)) return Response.json({ error: "unavailable", reference }, { status: 503, headers: { "Retry-After": "5" } });
  return Response.json({ error: "internal", reference }, { status: 500 });
}
