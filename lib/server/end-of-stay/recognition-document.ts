import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Locale } from "@/lib/i18n/locales";
import { homeDossierApplications } from "@/lib/server/application/access";
import { recognitionPdf } from "./recognition-pdf";

/** The recognition document for whoever reads the home dossier; null before the recognition is recorded or for anyone else. */
export async function recognitionDocument(user: CurrentUser, applicationId: string, locale: Locale): Promise<Uint8Array | null> {
  const recorded = await db.recognition.count({ where: { applicationId, application: homeDossierApplications(user) } });
  return recorded ? recognitionPdf(applicationId, locale) : null;
}
