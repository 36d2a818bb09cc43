import { Readable } from "node:stream";
import { defineRoute } from "@/lib/server/http/define-route";
import { openDossierFile } from "@/lib/server/dossier/open-file";
import { AppError } from "@/lib/server/errors";

function contentDisposition(kind: "inline" | "attachment", name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Streams a dossier file to someone allowed to read its application; `?inline=1` to view it in the browser. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ request, params, user }) => {
  const file = await openDossierFile(user, params.id);
  if (!file) throw new AppError("not_found");
  const inline = new URL(request.url).searchParams.get("inline") === "1";
  return new Response(Readable.toWeb(file.stream) as ReadableStream, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", file.originalName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${file.sha256}"`,
    },
  });
});
