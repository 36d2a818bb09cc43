import { beforeAll } from "vitest";
import { Client } from "pg";
import { startOutboxWorker } from "@/lib/server/mail/outbox-worker";

// As in the running portal, e-mail that could not be sent right after its
// commit is retried by the outbox worker (every OUTBOX_INTERVAL_MS).
startOutboxWorker();

// Each file finds the database as the migrations made it: a trigger a test
// file installed for itself must be gone when the next one starts. (A client
// of its own: `testDb()` must first be created by the file, which may move it
// to a database of its own.)
beforeAll(async () => {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    const { rows } = await client.query<{ tgname: string }>(`SELECT tgname FROM pg_trigger WHERE NOT tgisinternal AND tgname LIKE 'refuse_%'`);
    if (rows.length > 0) throw new Error(`A previous test file left its trigger(s) installed: ${rows.map((t) => t.tgname).join(", ")}`);
  } finally {
    await client.end();
  }
});
