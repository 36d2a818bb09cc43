import "server-only";
import { deliverDueEmails } from "./outbox";

const INTERVAL_MS = Number(process.env.OUTBOX_INTERVAL_MS ?? 5_000);

/** Retries what could not be sent right after its commit (SMTP down, say). */
export function startOutboxWorker(): void {
  const timer = setInterval(() => {
    deliverDueEmails().catch((error) => console.error("[outbox]", error));
  }, INTERVAL_MS);
  timer.unref();
}
