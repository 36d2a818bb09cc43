import { rmSync } from "node:fs";
import path from "node:path";
import { scratchDataDirectory, startEmbeddedPostgres, type RunningDatabase } from "../../scripts/lib/embedded-postgres";
import { freePort } from "../../scripts/lib/free-port";
import { applyMigrations } from "../../scripts/lib/migrate";
import { createDatabaseClient, type Database } from "@/lib/server/db/create-client";

/**
 * A PostgreSQL of the test's own, which it may stop and start again without
 * disturbing the shared integration database. The portal's data-access layer
 * and `testDb()` both use it while it is installed.
 */
export async function startOwnDatabase() {
  const dataDirectory = scratchDataDirectory("erasmus-fault-");
  const port = await freePort();
  const options = { dataDirectory, port, database: "erasmus_fault", quiet: true };
  let running: RunningDatabase = await startEmbeddedPostgres(options);
  applyMigrations(running.url);

  const shared = process.env.DATABASE_URL;
  const portalDb = globalThis as unknown as { erasmusDb?: Database };
  const previousClient = portalDb.erasmusDb;
  portalDb.erasmusDb = createDatabaseClient(running.url);
  process.env.DATABASE_URL = running.url;

  return {
    url: running.url,
    stop: () => running.stop(),
    restart: async () => {
      running = await startEmbeddedPostgres(options);
    },
    async dispose() {
      // A connection cut inside a transaction is never handed back to the
      // driver adapter's pool, so ending the pool would wait for ever.
      const client = portalDb.erasmusDb;
      await Promise.race([client?.$disconnect(), new Promise((resolve) => setTimeout(resolve, 1_000))]);
      portalDb.erasmusDb = previousClient;
      process.env.DATABASE_URL = shared;
      await running.stop();
      rmSync(path.dirname(dataDirectory), { recursive: true, force: true });
    },
  };
}
