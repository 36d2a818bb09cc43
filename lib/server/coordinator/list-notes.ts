import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { NoteView, staffScope } from "./note-scope";

/** Internal notes: any staff member who may read the application; never the student. */
export async function listNotes(user: CurrentUser, applicationId: string): Promise<NoteView[]> {
  const notes = await db.coordinatorNote.findMany({
    where: { applicationId, application: staffScope(user) },
    orderBy: { createdAt: "asc" },
    select: { id: true, body: true, createdAt: true, author: { select: { name: true } } },
  });
  return notes.map((n) => ({ id: n.id, body: n.body, createdAt: n.createdAt, author: n.author.name }));
}
