import { getCurrentUser } from "@/lib/server/auth/session";
import { uploadForceMajeureEvidence } from "@/lib/server/grants/withdrawal";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";
import { errorResponse } from "@/lib/server/http/error-response";
import { isSameOrigin } from "@/lib/server/http/same-origin";

const REFUSAL_STATUS = { too_large: 413, empty: 400, unsupported_type: 415, active_pdf: 415 } as const;

/** The institution's written report of a force majeure; the body is the file, its name in `X-File-Name`. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  if (!isSameOrigin(request)) return Response.json({ error: "cross_site" }, { status: 403 });
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  let fileName = "report";
  try {
    fileName = decodeURIComponent(request.headers.get("x-file-name") ?? "report");
  } catch {
    // A malformed name is only cosmetic.
  }
  try {
    return Response.json(await uploadForceMajeureEvidence(user, (await params).id, fileName, request.body), { status: 201 });
  } catch (error) {
    if (error instanceof UploadRefused) return Response.json({ error: "upload_refused", detail: error.reason }, { status: REFUSAL_STATUS[error.reason] });
    return errorResponse(error);
  }
}
