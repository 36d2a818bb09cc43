import { startOutboxWorker } from "@/lib/server/mail/outbox-worker";

// As in the running portal, e-mail that could not be sent right after its
// commit is retried by the outbox worker (every OUTBOX_INTERVAL_MS).
startOutboxWorker();
