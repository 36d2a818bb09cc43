import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { callPartner } from "./client";
import { ewpNode } from "./node";

type Tx = Prisma.TransactionClient;

/** Written in the transaction of the change it announces: it is sent only if that change is committed. */
export async function notifyPartner(tx: Tx, notification: { api: string; heiId: string; parameters: Record<string, string> }): Promise<void> {
  await tx.ewpNotification.create({ data: notification });
}

/** Minutes before the next attempt: 1, 2, 4… up to a day. */
export const retryDelayMinutes = (attempts: number) => Math.min(2 ** Math.max(attempts - 1, 0), 24 * 60);
/** Attempts before a notification is given up (about a week): the partner can still read the change through its index. */
export const MAX_ATTEMPTS = 18;

/**
 * Sends the notifications due. Each is claimed by moving its next attempt
 * ahead with a conditional update, so that two instances never send the
 * same one at once; answered (2xx), it is done; otherwise it waits longer
 * each time, and is given up after MAX_ATTEMPTS.
 */
export async function sendEwpNotifications(now = new Date()): Promise<void> {
  if (!ewpNode()) return;
  const due = await db.ewpNotification.findMany({
    where: { sentAt: null, nextAttemptAt: { lte: now }, attempts: { lt: MAX_ATTEMPTS } },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  for (const notification of due) {
    const attempts = notification.attempts + 1;
    const claimed = await db.ewpNotification.updateMany({
      where: { id: notification.id, sentAt: null, nextAttemptAt: notification.nextAttemptAt },
      data: { attempts, nextAttemptAt: new Date(now.getTime() + retryDelayMinutes(attempts) * 60_000) },
    });
    if (claimed.count !== 1) continue;
    try {
      const response = await callPartner({
        heiId: notification.heiId,
        api: notification.api,
        endpoint: "url",
        form: notification.parameters as Record<string, string>,
      });
      if (response.status >= 300) throw new Error(`answered ${response.status}: ${response.body.slice(0, 500)}`);
      await db.ewpNotification.update({ where: { id: notification.id }, data: { sentAt: new Date(), lastError: null } });
    } catch (error) {
      const message = String(error instanceof Error ? error.message : error).slice(0, 1000);
      console.error(`[ewp] ${notification.api} to ${notification.heiId} failed (attempt ${attempts}):`, message);
      await db.ewpNotification.update({ where: { id: notification.id }, data: { lastError: message } });
    }
  }
}

let sending: Promise<void> | null = null;
/** Sends what is due without waiting for it, one batch at a time; what fails waits for the worker's next round. */
export function sendEwpNotificationsSoon(): void {
  sending ??= sendEwpNotifications()
    .catch((error: unknown) => console.error("[ewp] notifications:", error))
    .finally(() => (sending = null));
}
