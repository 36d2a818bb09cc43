import "server-only";
import { env } from "@/lib/server/env";
import { createDatabaseClient, type Database } from "./create-client";

// One client per process; kept on globalThis so development hot reloads
// do not open a new pool each time.
const globalForDb = globalThis as unknown as { erasmusDb?: Database };

function instance(): Database {
  globalForDb.erasmusDb ??= createDatabaseClient(env().DATABASE_URL, env().DATABASE_POOL_SIZE);
  return globalForDb.erasmusDb;
}

// Created on first use, not at import: `next build` imports server modules
// without a database to talk to.
export const db: Database = new Proxy({} as Database, {
  get(_target, property) {
    const client = instance();
    const value = Reflect.get(client, property, client);
    return typeof value === "function" ? value.bind(client) : value;
  },
});

/** A script (the demo seed, the bench) hands this layer the client it opened, so that the operations it calls use it. */
export function provideDatabaseClient(client: Database): void {
  globalForDb.erasmusDb = client;
}
