import { createDatabaseClient, type Database } from "@/lib/server/db/create-client";

let client: Database | undefined;

/** The integration run's own fresh database, created by `npm test`. */
export function testDb(): Database {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("Integration tests run through `npm test`, which provides DATABASE_URL.");
  client ??= createDatabaseClient(url);
  return client;
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}
