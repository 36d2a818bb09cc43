import { Readable } from "node:stream";
import { defineRoute } from "@/lib/server/http/define-route";
import { buildDossierZip } from "@/lib/server/dossier/build-dossier-zip";
import { AppError } from "@/lib/server/errors";

/** The whole dossier as one ZIP file, for anyone who may read the application. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const dossier = await buildDossierZip(user, params.id);
  if (!dossier) throw new AppError("not_found");
  const stream = dossier.zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE" }) as unknown as Readable;
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${dossier.name}"`,
      "Cache-Control": "private, no-store",
    },
  });
});
