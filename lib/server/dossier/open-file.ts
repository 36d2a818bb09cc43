import "server-only";
import type { Readable } from "node:stream";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { documentStorage } from "@/lib/server/storage/storage";
import { homeDossierApplications } from "@/lib/server/application/access";
import { readablePieces } from "./readable-pieces";

type OpenedFile = { stream: Readable; contentType: string; size: number; originalName: string; sha256: string };

/** A stored file, for anyone who may read the record it belongs to (an incoming CV or acceptance letter, an agreement's signed copy: the international office); null otherwise. */
export async function openDossierFile(user: CurrentUser, fileId: string): Promise<OpenedFile | null> {
  const readable = [
    { piece: readablePieces(user) },
    { evidenceOf: { application: homeDossierApplications(user) } },
    { transcriptOf: { some: { application: homeDossierApplications(user) } } },
    ...(user.role === "INTERNATIONAL_OFFICE"
      ? [{ incomingCvOf: { isNot: null } }, { acceptanceLetterOf: { isNot: null } }, { agreementOf: { isNot: null } }]
      : []),
  ];
  const file = await db.storedFile.findFirst({
    where: { id: fileId, OR: readable },
    select: { storageKey: true, contentType: true, size: true, originalName: true, sha256: true },
  });
  if (!file) return null;
  return {
    stream: await documentStorage().get(file.storageKey),
    contentType: file.contentType,
    size: file.size,
    originalName: file.originalName,
    sha256: file.sha256,
  };
}
