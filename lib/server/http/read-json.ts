import "server-only";
import type { z } from "zod";
import { controlCharacterPath } from "@/lib/validation/text";
import { fieldErrorList } from "./field-errors";
import { RequestRefused } from "./request-refused";
import { fieldErrorItem } from "./field-errors";

/**
 * Reads a JSON request body and parses it with the endpoint's schema,
 * refusing it before parsing when it is not JSON or larger than `maxBytes`
 * (counted while reading, whatever Content-Length says).
 */
export async function readJson<S extends z.ZodType>(request: Request, schema: S, maxBytes: number): Promise<z.output<S>> {
  if (!request.headers.get("content-type")?.toLowerCase().includes("application/json")) throw new RequestRefused(415, "unsupported_media_type");
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw new RequestRefused(413, "payload_too_large");
  const reader = request.body?.getReader();
  if (!reader) throw new RequestRefused(400, "malformed_json");
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RequestRefused(413, "payload_too_large");
    }
    chunks.push(value);
  }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new RequestRefused(400, "malformed_json");
  }
  return parseWith(schema, value);
}

/** Parses a value from a request with the endpoint's schema; refused with field errors in the reader's language. */
export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const hidden = controlCharacterPath(value);
  if (hidden !== null) throw new RequestRefused(400, "invalid", (t) => [fieldErrorItem(hidden, "validation.controlCharacter", t)]);
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new RequestRefused(400, "invalid", (t) => fieldErrorList(parsed.error, t));
  return parsed.data;
}
