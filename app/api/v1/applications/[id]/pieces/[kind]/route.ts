import { getCurrentUser } from "@/lib/server/auth/session";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";
import { errorResponse } from "@/lib/server/http/error-response";
import { isSameOrigin } from "@/lib/server/http/same-origin";
import { env } from "@/lib/server/env";
import { PIECE_KINDS, type PieceKind } from "@/lib/domain/dossier/pieces";

const REFUSAL_STATUS = { too_large: 413, empty: 400, unsupported_type: 415, active_pdf: 415 } as const;

/**
 * Uploads one dossier piece. The body is the file itself (not a form),
 * streamed to disk; its name comes URI-encoded in `X-File-Name`.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string; kind: string }> }) {
  if (!isSameOrigin(request)) return Response.json({ error: "cross_site" }, { status: 403 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { id, kind } = await params;
  if (!(PIECE_KINDS as readonly string[]).includes(kind)) return Response.json({ error: "not_found" }, { status: 404 });
  if (Number(request.headers.get("content-length") ?? 0) > env().UPLOAD_MAX_BYTES) {
    return Response.json({ error: "upload_refused", detail: "too_large" }, { status: 413 });
  }
  let fileName = "document";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "document");
  } catch {
    // A malformed name is only cosmetic: keep the default.
  }
  try {
    const uploaded = await uploadPiece(user, id, kind as PieceKind, fileName, request.body);
    return Response.json(uploaded, { status: 201 });
  } catch (error) {
    if (error instanceof UploadRefused) {
      return Response.json({ error: "upload_refused", detail: error.reason }, { status: REFUSAL_STATUS[error.reason] });
    }
    return errorResponse(error);
  }
}
