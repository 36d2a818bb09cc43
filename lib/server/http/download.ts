import "server-only";
import { Readable } from "node:stream";

type Download = {
  contentType: string;
  /** The name the browser saves it under (any characters: sent as RFC 6266 `filename*`, with an ASCII fallback). */
  name: string;
  /** Shown in the browser (the dossier review's PDF and image views) instead of saved. */
  inline?: boolean;
  size?: number;
  etag?: string;
};

function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Every file the portal hands out, uploaded or generated: never sniffed,
 * never cached. (`next.config.ts` adds `Content-Security-Policy: sandbox`
 * to every `/api/v1` answer; a header set here would be replaced by it.)
 */
export function downloadResponse(body: BodyInit | Readable, file: Download): Response {
  const headers: Record<string, string> = {
    "Content-Type": file.contentType,
    "Content-Disposition": contentDisposition(file.inline ? "inline" : "attachment", file.name),
    "X-Content-Type-Options": "nosniff",
    "Cache-Control": "private, no-store",
  };
  if (file.size !== undefined) headers["Content-Length"] = String(file.size);
  if (file.etag) headers.ETag = `"${file.etag}"`;
  return new Response(body instanceof Readable ? (Readable.toWeb(body) as ReadableStream) : body, { headers });
}
