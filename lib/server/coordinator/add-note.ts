import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { staffScope } from "./note-scope";

export async function addNote(user: CurrentUser, { applicationId, body }: { applicationId: string; body: string }): Promise<void> {
  const application = await db.outgoingApplication.findFirst({ where: { AND: [{ id: applicationId }, staffScope(user)] }, select: { id: true } });
  if (!application) throw new AppError("not_found");
  await db.coordinatorNote.create({ data: { applicationId, authorId: user.id, body } });
}
