import "server-only";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { reviewableApplications } from "@/lib/server/application/access";

export type NoteView = { id: string; author: string; body: string; createdAt: Date };

/**
 * Internal notes are the home institution's reviewers' own: the coordinators
 * of the programme and the international office. Everyone else, the host
 * and the grant commission included, is told none exist.
 */
export function staffScope(user: CurrentUser) {
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("not_found");
  return scope;
}
