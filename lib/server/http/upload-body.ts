import "server-only";
import { env } from "@/lib/server/env";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";

/**
 * The file of an upload request: the body is the file itself (not a form),
 * streamed, its name URI-encoded in `X-File-Name`. A body announced larger
 * than the limit is refused before a byte is read.
 */
export function uploadBody(request: Request, fallbackName: string): { fileName: string; body: ReadableStream<Uint8Array> | null } {
  if (Number(request.headers.get("content-length") ?? 0) > env().UPLOAD_MAX_BYTES) throw new UploadRefused("too_large");
  let fileName = fallbackName;
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? fallbackName);
  } catch {
    // A malformed name is only cosmetic: keep the default.
  }
  return { fileName, body: request.body };
}
