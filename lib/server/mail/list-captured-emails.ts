import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { mailCaptureEnabled } from "./capture";

type CapturedEmailView = { id: string; to: string; subject: string; text: string; attachmentNames: string[]; receivedAt: Date };

/** Administrators only, and only while the portal captures its own mail. */
export async function listCapturedEmails(user: CurrentUser, limit = 100): Promise<CapturedEmailView[]> {
  if (user.role !== "ADMINISTRATOR" || !mailCaptureEnabled()) throw new AppError("not_found");
  return db.capturedEmail.findMany({
    orderBy: { receivedAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, attachmentNames: true, receivedAt: true },
  });
}
