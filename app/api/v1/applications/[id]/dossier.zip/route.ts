import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/server/auth/session";
import { buildDossierZip } from "@/lib/server/dossier/build-dossier-zip";

/** The whole dossier as one ZIP file, for anyone who may read the application. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "unauthenticated" }, { status: 401 });
  const { id } = await params;
  const dossier = await buildDossierZip(user, id);
  if (!dossier) return Response.json({ error: "not_found" }, { status: 404 });
  const stream = dossier.zip.generateNodeStream({ type: "nodebuffer", streamFiles: true, compression: "DEFLATE" }) as unknown as Readable;
  return new Response(Readable.toWeb(stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": `attachment; filename="${dossier.name}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
