import { defineRoute } from "@/lib/server/http/define-route";
import { uploadBody } from "@/lib/server/http/upload-body";
import { uploadPiece } from "@/lib/server/dossier/upload-piece";
import { AppError } from "@/lib/server/errors";
import { isPieceKind } from "@/lib/domain/dossier/pieces";

/** Uploads one dossier piece; see `uploadBody` for the request's shape. */
export const POST = defineRoute<{ id: string; kind: string }>({ access: "signed-in" }, async ({ request, params, user }) => {
  if (!isPieceKind(params.kind)) throw new AppError("not_found");
  const { fileName, body } = uploadBody(request, "document");
  return Response.json(await uploadPiece(user, params.id, params.kind, fileName, body), { status: 201 });
});
