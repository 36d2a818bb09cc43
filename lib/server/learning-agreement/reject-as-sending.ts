import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { rejectVersion, sendingVersion } from "./signing";

/** The home coordinator rejects with a comment; earlier agreed versions keep their signatures. */
export async function rejectAsSendingInstitution(
  user: CurrentUser,
  { versionId, seenHash, comment }: { versionId: string; seenHash: string; comment: string },
): Promise<void> {
  await db.$transaction(async (tx) => {
    const version = await sendingVersion(tx, user, versionId);
    const author = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true } });
    await rejectVersion(tx, version, { party: "SENDING", seenHash, authorName: author.name, comment, actorId: user.id });
  });
  deliverSoon();
}
