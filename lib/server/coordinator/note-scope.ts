import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { readableApplications } from "@/lib/server/application/access";

export type NoteView = { id: string; author: string; body: string; createdAt: Date };

/** Internal notes are for staff who may read the application; a student is told none exist. */
export function staffScope(user: CurrentUser) {
  if (user.role === "STUDENT") throw new AppError("not_found");
  return readableApplications(user);
}
