import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { requireOffice, ROW_SELECT, toRow } from "./incoming-applications";

export async function getIncomingApplication(user: CurrentUser, id: string) {
  requireOffice(user);
  const row = await db.incomingApplication.findUnique({
    where: { id },
    select: {
      ...ROW_SELECT,
      languages: true,
      decisionMessage: true,
      decidedAt: true,
      cvFile: { select: { id: true, originalName: true, size: true } },
      acceptanceLetterFileId: true,
    },
  });
  if (!row) return null;
  const { languages, decisionMessage, decidedAt, cvFile, acceptanceLetterFileId, ...base } = row;
  return { ...toRow(base), languages: languages as Array<{ language: string; level: string }>, decisionMessage, decidedAt, cv: cvFile, acceptanceLetterFileId };
}
