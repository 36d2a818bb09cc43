import { submitIncomingApplication } from "@/lib/server/incoming/submit-incoming-application";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";
import { errorResponse } from "@/lib/server/http/error-response";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { fieldErrorList } from "@/lib/server/http/field-errors";
import { env } from "@/lib/server/env";
import { ZIncomingApplication } from "@/lib/validation/incoming";
import { isLocale, localeFromAcceptLanguage } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";

const REFUSAL_STATUS = { too_large: 413, empty: 400, unsupported_type: 415, active_pdf: 415 } as const;

function decodeApplication(header: string | null): unknown {
  if (!header || header.length > 12_000) return null;
  try {
    return JSON.parse(Buffer.from(header, "base64url").toString("utf8"));
  } catch {
    return null;
  }
}

/**
 * Public: an incoming student's application. The CV is the request body,
 * streamed; the form's fields travel as base64url JSON in `X-Application`,
 * so that they are checked before a byte of the file is read.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return Response.json({ error: "cross_site" }, { status: 403 });
  const lang = request.headers.get("x-locale");
  const locale = isLocale(lang) ? lang : localeFromAcceptLanguage(request.headers.get("accept-language"));
  const parsed = ZIncomingApplication.safeParse(decodeApplication(request.headers.get("x-application")));
  if (!parsed.success) {
    return Response.json({ error: "invalid", fieldErrors: fieldErrorList(parsed.error, translator(locale)) }, { status: 400 });
  }
  if (Number(request.headers.get("content-length") ?? 0) > env().UPLOAD_MAX_BYTES) {
    return Response.json({ error: "upload_refused", detail: "too_large" }, { status: 413 });
  }
  let fileName = "cv";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "cv");
  } catch {
    // A malformed name is only cosmetic.
  }
  const client = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "direct";
  try {
    const { id } = await submitIncomingApplication(parsed.data, { fileName, body: request.body }, client, locale);
    return Response.json({ id }, { status: 201 });
  } catch (error) {
    if (error instanceof UploadRefused) {
      return Response.json({ error: "upload_refused", detail: error.reason }, { status: REFUSAL_STATUS[error.reason] });
    }
    return errorResponse(error);
  }
}
