import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { AppError } from "@/lib/server/errors";

/** Streams a dossier file to someone allowed to read its application; `?inline=1` to view it in the browser. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user }) => {
  const file = await openDossierFile(user, params.id);
  if (!file) throw new AppError("not_found");
  return downloadResponse(file.stream, {
    contentType: file.contentType,
    name: file.originalName,
    inline: new URL(request.url).searchParams.get("inline") === "1",
    size: file.size,
    etag: file.sha256,
  });
});
