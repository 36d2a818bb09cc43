import "server-only";
import { deliverSoon } from "./outbox";
import { sendPieceReminders } from "@/lib/server/dossier/send-piece-reminders";
import { env } from "@/lib/server/env";
import { lapseOffers } from "@/lib/server/selection/lapse-offers";
import { sendStaffDigests } from "@/lib/server/staff/send-staff-digests";
import { sendEwpNotificationsSoon } from "@/lib/server/ewp/notifications";
import { refreshIncomingLearningAgreementsSoon } from "@/lib/server/ewp/incoming-learning-agreements";

const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

let timers: Array<ReturnType<typeof setInterval>> = [];

/** Retries what could not be sent right after its commit (SMTP down, say, or a partner's EWP node), reads again the agreements partners announced; every hour, sends the piece reminders and the staff digests due, and lapses the offers not answered in time. */
export function startOutboxWorker(): void {
  if (timers.length > 0) return;
  const outbox = setInterval(() => {
    deliverSoon();
    sendEwpNotificationsSoon();
    refreshIncomingLearningAgreementsSoon();
  }, env().OUTBOX_INTERVAL_MS);
  const reminders = setInterval(() => {
    sendPieceReminders().catch((error) => console.error("[reminders]", error));
    lapseOffers().catch((error) => console.error("[offers]", error));
    sendStaffDigests().catch((error) => console.error("[digest]", error));
  }, REMINDER_INTERVAL_MS);
  timers = [outbox, reminders];
  for (const timer of timers) timer.unref();
}

/** Tests that drive delivery themselves pause the worker. */
export function stopOutboxWorker(): void {
  for (const timer of timers) clearInterval(timer);
  timers = [];
}
