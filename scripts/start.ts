/**
 * `npm start`: everything a fresh machine needs to serve the portal.
 * Without DATABASE_URL it starts an embedded PostgreSQL (data kept across
 * restarts); it applies migrations, seeds the demo data once (unless
 * SEED=none), starts the
 * project's SMTP receiver when no SMTP_URL is given, builds if needed and
 * serves the production build.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { createDatabaseClient } from "../lib/server/db/create-client";
import { seedDemoData } from "../prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed-data";
import { defaultDataDirectory, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { loadOrCreateLocalSecrets } from "./lib/local-secrets";
import { startMailReceiver } from "./lib/mail-receiver";
import { applyMigrations } from "./lib/migrate";

const root = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);
const stops: Array<() => Promise<void>> = [];

async function main() {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const dataRoot = path.join(root, ".data");
  const secrets = loadOrCreateLocalSecrets(dataRoot);
  process.env.NEXTAUTH_SECRET ??= secrets.NEXTAUTH_SECRET;
  process.env.DATA_ENCRYPTION_KEY ??= secrets.DATA_ENCRYPTION_KEY;
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.STORAGE_DIR ??= path.join(dataRoot, "uploads");

  if (!process.env.DATABASE_URL) {
    const dataDirectory = process.env.EMBEDDED_PG_DIR ?? defaultDataDirectory(root);
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`Starting embedded PostgreSQL on port ${pgPort} (data: ${dataDirectory})`);
    const database = await startEmbeddedPostgres({ dataDirectory, port: pgPort, database: "erasmus" });
    stops.push(database.stop);
    process.env.DATABASE_URL = database.url;
  }
  const databaseUrl = process.env.DATABASE_URL;

  console.log("Applying migrations…");
  applyMigrations(databaseUrl);
  const db = createDatabaseClient(databaseUrl);
  stops.push(() => db.$disconnect());
  const seed = process.env.SEED ?? "demo";
  if (seed !== "demo" && seed !== "none") throw new Error(`SEED must be "demo" or "none", not "${seed}"`);
  if (seed === "demo" && (await seedDemoData(db))) console.log("Demo data seeded.");
  if (!(await db.user.count({ where: { role: "ADMINISTRATOR", deactivatedAt: null } }))) {
    console.log("No administrator yet. Invite the first one (prints a one-time link): npm run admin:create -- <e-mail> [name]");
  }

  if (!process.env.SMTP_URL) {
    const smtpPort = Number(process.env.MAIL_CAPTURE_PORT ?? 2525);
    const receiver = await startMailReceiver(db, smtpPort);
    stops.push(receiver.stop);
    process.env.SMTP_URL = receiver.url;
    process.env.MAIL_CAPTURE = "on";
    console.log(`Capturing e-mail on ${receiver.url}; administrators read it at /admin/mail`);
  }

  const next = path.join(root, "node_modules", ".bin", "next");
  if (!dev && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    console.log("Building the portal (first start only)…");
    const build = spawnSync(next, ["build"], { cwd: root, stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error("next build failed");
  }

  if (seed === "demo") {
    console.log("\nDemo accounts (password: " + DEMO_PASSWORD + "):");
    for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(26)} ${account.email}`);
  }
  console.log(`\nPortal: http://localhost:${port}\n`);

  const tsx = path.join(root, "node_modules", ".bin", "tsx");
  const server = spawn(tsx, [path.join(root, "scripts", "serve.ts"), ...(dev ? ["--dev"] : []), "-p", String(port)], {
    cwd: root,
    stdio: "inherit",
    env: process.env,
  });
  // Stopping the portal stops the server first, then the database it uses.
  stops.push(async () => {
    if (server.exitCode === null) server.kill("SIGTERM");
  });
  server.on("exit", (code) => shutdown(code ?? 0));
}

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  for (const stop of stops.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}

process.on("SIGINT", () => void shutdown(0));
process.on("SIGTERM", () => void shutdown(0));

main().catch(async (error) => {
  console.error(error instanceof Error ? error.message : error);
  await shutdown(1);
});
