import "server-only";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { sendMail } from "./transport";

type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  attachments?: Array<{ filename: string; contentType: string; contentBase64: string }>;
};

type Transaction = Prisma.TransactionClient;

/** Queues an e-mail inside the caller's transaction: nothing is sent if it rolls back. */
export async function enqueueEmail(tx: Transaction, email: OutgoingEmail): Promise<void> {
  await tx.outboxEmail.create({
    data: { to: email.to, subject: email.subject, text: email.text, attachments: email.attachments ?? undefined },
  });
}

const BATCH = 20;
const MAX_BACKOFF_SECONDS = 15 * 60;

/**
 * Sends the e-mails that are due. Rows are claimed with SKIP LOCKED so that
 * several portal instances never send the same message twice; a failure is
 * retried later with exponential back-off.
 */
export async function deliverDueEmails(): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.$transaction(
    async (tx) => {
      const due = await tx.$queryRaw<Array<{ id: string }>>`
        SELECT "id" FROM "OutboxEmail"
        WHERE "sentAt" IS NULL AND "nextAttemptAt" <= now()
        ORDER BY "createdAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`;
      for (const { id } of due) {
        const email = await tx.outboxEmail.findUniqueOrThrow({ where: { id } });
        try {
          await sendMail({
            to: email.to,
            subject: email.subject,
            text: email.text,
            attachments: (email.attachments as OutgoingEmail["attachments"]) ?? undefined,
          });
          // Once sent, only who, what and when are kept: the text carries links (host signing,
          // incoming status) whose tokens are stored hashed, and must not stay readable here.
          await tx.outboxEmail.update({
            where: { id },
            data: { sentAt: new Date(), attempts: { increment: 1 }, text: "", html: null, attachments: Prisma.DbNull },
          });
          sent += 1;
        } catch (error) {
          const backoff = Math.min(MAX_BACKOFF_SECONDS, 5 * 2 ** email.attempts);
          await tx.outboxEmail.update({
            where: { id },
            data: {
              attempts: { increment: 1 },
              lastError: String(error).slice(0, 500),
              nextAttemptAt: new Date(Date.now() + backoff * 1000),
            },
          });
          failed += 1;
        }
      }
    },
    { timeout: 60_000 },
  );
  return { sent, failed };
}

let delivering: Promise<void> | null = null;
let deliverAgain = false;

/**
 * Delivers right after a commit, without making the request wait for SMTP.
 * One delivery runs at a time per process: a burst of commits asks for one
 * more round instead of opening a transaction each.
 */
export function deliverSoon(): void {
  if (delivering) {
    deliverAgain = true;
    return;
  }
  delivering = (async () => {
    do {
      deliverAgain = false;
      const { sent, failed } = await deliverDueEmails();
      if (sent + failed === BATCH) deliverAgain = true;
    } while (deliverAgain);
  })()
    .catch((error) => console.error("[outbox]", error))
    .finally(() => {
      delivering = null;
    });
}

/** Resolves once the delivery started by `deliverSoon`, if any, is over: for shutdown and tests. */
export function deliveryFinished(): Promise<void> {
  return delivering ?? Promise.resolve();
}
