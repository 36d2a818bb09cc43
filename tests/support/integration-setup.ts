import { beforeAll } from "vitest";
import { startOutboxWorker } from "@/lib/server/mail/outbox-worker";
import { testDb } from "./db";

// As in the running portal, e-mail that could not be sent right after its
// commit is retried by the outbox worker (every OUTBOX_INTERVAL_MS).
startOutboxWorker();

// Each file finds the database as the migrations made it: a trigger a test
// file installed for itself must be gone when the next one starts.
beforeAll(async () => {
  const left = await testDb().$queryRaw<Array<{ tgname: string }>>`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'refuse_%'`;
  if (left.length > 0) throw new Error(`A previous test file left its trigger(s) installed: ${left.map((t) => t.tgname).join(", ")}`);
});
