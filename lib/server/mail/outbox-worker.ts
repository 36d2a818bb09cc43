import "server-only";
import { deliverDueEmails } from "./outbox";
import { sendPieceReminders } from "@/lib/server/dossier/send-piece-reminders";

const INTERVAL_MS = Number(process.env.OUTBOX_INTERVAL_MS ?? 5_000);
const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/** Retries what could not be sent right after its commit (SMTP down, say), and sends the hourly piece reminders. */
export function startOutboxWorker(): void {
  const outbox = setInterval(() => {
    deliverDueEmails().catch((error) => console.error("[outbox]", error));
  }, INTERVAL_MS);
  outbox.unref();
  const reminders = setInterval(() => {
    sendPieceReminders().catch((error) => console.error("[reminders]", error));
  }, REMINDER_INTERVAL_MS);
  reminders.unref();
}
