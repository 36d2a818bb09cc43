import "server-only";
import JSZip from "jszip";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { documentStorage } from "@/lib/server/storage/storage";
import { homeDossierApplications } from "@/lib/server/application/access";
import { readablePieces } from "./readable-pieces";
import { DOSSIER_PHASES, PHASE_OF } from "@/lib/domain/dossier/pieces";

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The current file of every piece the caller may read, one folder per phase; null when the home dossier is not theirs to read. */
export async function buildDossierZip(user: CurrentUser, applicationId: string): Promise<{ name: string; zip: JSZip } | null> {
  const application = await db.outgoingApplication.findFirst({
    where: { AND: [{ id: applicationId }, homeDossierApplications(user)] },
    select: {
      lastName: true,
      firstName: true,
      student: { select: { studentNumber: true } },
      pieces: { where: readablePieces(user), select: { kind: true, currentFile: { select: { storageKey: true, originalName: true } } } },
    },
  });
  if (!application) return null;
  const zip = new JSZip();
  for (const piece of application.pieces) {
    if (!piece.currentFile) continue;
    const phase = PHASE_OF[piece.kind];
    const folder = `${DOSSIER_PHASES.indexOf(phase) + 1}-${phase.toLowerCase()}`;
    const content = await readAll(await documentStorage().get(piece.currentFile.storageKey));
    zip.file(`${folder}/${piece.kind.toLowerCase()} - ${piece.currentFile.originalName}`, content);
  }
  const who = [application.lastName, application.firstName, application.student.studentNumber].filter(Boolean).join("-") || applicationId;
  return { name: `dossier-${who.replace(/[^\p{L}\p{N}-]+/gu, "_")}.zip`, zip };
}
