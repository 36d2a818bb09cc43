import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { readableApplications } from "@/lib/server/application/access";

type NoteView = { id: string; author: string; body: string; createdAt: Date };

function staffScope(user: CurrentUser) {
  if (user.role === "STUDENT") throw new AppError("not_found");
  return readableApplications(user);
}

/** Internal notes: any staff member who may read the application; never the student. */
export async function listNotes(user: CurrentUser, applicationId: string): Promise<NoteView[]> {
  const notes = await db.coordinatorNote.findMany({
    where: { applicationId, application: staffScope(user) },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, author: n.author.name }));
}

export async function addNote(user: CurrentUser, applicationId: string, body: string): Promise<void> {
  const application = await db.outgoingApplication.findFirst({ where: { AND: [{ id: applicationId }, staffScope(user)] }, select: { id: true } });
  if (!application) throw new AppError("not_found");
  await db.coordinatorNote.create({ data: { applicationId, authorId: user.id, body } });
}
