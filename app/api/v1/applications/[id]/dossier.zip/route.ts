import type { Readable } from "node:stream";
import { defineRoute } from "@/lib/server/http/define-route";
import { downloadResponse } from "@/lib/server/http/download";
import { buildDossierZip } from "@/lib/server/dossier/build-dossier-zip";
import { AppError } from "@/lib/server/errors";

/** The whole dossier as one ZIP file, for anyone who may read the application. */
export const GET = defineRoute<{ id: string }>({ access: "signed-in" }, async ({ params, user }) => {
  const dossier = await buildDossierZip(user, params.id);
  if (!dossier) throw new AppError("not_found");
  const stream = dossier.zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE" }) as unknown as Readable;
  return downloadResponse(stream, { contentType: "application/zip", name: dossier.name });
});
