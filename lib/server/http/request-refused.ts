import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { FieldErrorItem } from "./field-errors";

/** A request refused before any operation ran: not JSON, too large, from another site, or with fields the schema refuses. */
export class RequestRefused extends Error {
  constructor(
    readonly status: 400 | 403 | 413 | 415,
    readonly code: "invalid" | "malformed_json" | "payload_too_large" | "unsupported_media_type" | "cross_site",
    /** Written in the reader's language once the answer is built. */
    readonly fieldErrors?: (t: Translate) => FieldErrorItem[],
  ) {
    super(code);
  }
}
