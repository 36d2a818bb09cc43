import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** A student's own identifiers, as the portal holds them (the ESI comes from the institution's sign-in). */
export async function getStudentIdentity(user: CurrentUser) {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  return db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, studentNumber: true, europeanStudentIdentifier: true } });
}
