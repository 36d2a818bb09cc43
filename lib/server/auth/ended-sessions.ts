import "server-only";
import { db } from "@/lib/server/db/client";

/** Records a signed-out session until its token would have expired; rows past that are cleared on the way. */
export async function endSession(sid: string, expiresAt: Date): Promise<void> {
  await db.$transaction([
    db.endedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.endedSession.upsert({ where: { id: sid }, create: { id: sid, expiresAt }, update: {} }),
  ]);
}

/** Whether a session was signed out; a token without an identifier (issued before sessions had one) counts as ended. */
export async function isSessionEnded(sid: string | undefined): Promise<boolean> {
  if (!sid) return true;
  return (await db.endedSession.count({ where: { id: sid } })) > 0;
}
