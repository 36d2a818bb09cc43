/**
 * `npm test`: every test against real parts. Starts a fresh PostgreSQL
 * (embedded, in a scratch directory; or fresh databases on TEST_DATABASE_URL's
 * server), the project's SMTP receiver, then runs the typecheck, the linter (with
 * the layers' import rules, no warning allowed), the formatter's check, the unit and
 * integration tests (Vitest), the production build and the end-to-end tests
 * (Playwright in Debian's Chromium, the portal signed in to a real OpenID
 * Connect provider on loopback), and prints one closing count.
 *
 *   npm test                      everything
 *   npm test -- --only vitest     typecheck + lint + unit + integration (extra arguments go to Vitest)
 *   npm test -- --only e2e        build + end-to-end (extra arguments go to Playwright)
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { createDatabaseClient } from "../lib/server/db/create-client";
import { seedDemoData } from "../prisma/seed";
import { scratchDataDirectory, startEmbeddedPostgres } from "./lib/embedded-postgres";
import { freePort } from "./lib/free-port";
import { startMailReceiver } from "./lib/mail-receiver";
import { applyMigrations } from "./lib/migrate";
import { IDP_CLIENT, startIdentityProvider } from "../tests/support/identity-provider";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const passThrough = only ? args.filter((a, i) => a !== "--only" && args[i - 1] !== "--only") : args;
const resultsDir = path.join(root, ".data", "test-results");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const stops: Array<() => Promise<void>> = [];

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { cwd: root, stdio: "inherit", env });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/** Installs a Debian package the tests use when its program is missing (as root; anyone else is told what to install). */
function ensureDebianPackage(pkg: string, program: string): void {
  if (existsSync(program)) return;
  if (process.getuid?.() !== 0) throw new Error(`${program} not found: install Debian's ${pkg} package.`);
  console.log(`Installing Debian's ${pkg} for the tests…`);
  for (const step of [["update"], ["install", "-y", pkg]]) {
    const result = spawnSync("apt-get", step, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
    if (result.status !== 0) throw new Error("apt-get failed");
  }
}

/** Two fresh databases: one for Vitest, one for the end-to-end run. */
async function startDatabases(): Promise<{ integration: string; e2e: string }> {
  const names = { integration: "erasmus_integration", e2e: "erasmus_e2e" };
  const external = process.env.TEST_DATABASE_URL;
  if (external) {
    const suffix = Date.now().toString(36);
    const admin = new Client({ connectionString: external });
    await admin.connect();
    const urls = {} as { integration: string; e2e: string };
    for (const [key, name] of Object.entries(names) as Array<[keyof typeof names, string]>) {
      const database = `${name}_${suffix}`;
      await admin.query(`CREATE DATABASE "${database}"`);
      const url = new URL(external);
      url.pathname = `/${database}`;
      urls[key] = url.toString();
      stops.push(async () => {
        await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      });
    }
    stops.push(() => admin.end());
    return urls;
  }
  const dataDirectory = scratchDataDirectory("erasmus-test-");
  const cluster = await startEmbeddedPostgres({ dataDirectory, port: await freePort(), database: names.integration, quiet: true });
  stops.push(async () => {
    await cluster.stop();
    rmSync(path.dirname(dataDirectory), { recursive: true, force: true });
  });
  const admin = new Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${names.e2e}"`);
  await admin.end();
  return { integration: cluster.url, e2e: cluster.url.replace(/\/[^/]+$/, `/${names.e2e}`) };
}

type Counts = { passed: number; failed: number; skipped: number };

function readCounts(): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  const vitest = path.join(resultsDir, "vitest.json");
  if (existsSync(vitest)) {
    const report = JSON.parse(readFileSync(vitest, "utf8"));
    counts.passed += report.numPassedTests ?? 0;
    counts.failed += report.numFailedTests ?? 0;
    counts.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  }
  const playwright = path.join(resultsDir, "playwright.json");
  if (existsSync(playwright)) {
    const stats = JSON.parse(readFileSync(playwright, "utf8")).stats ?? {};
    counts.passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
    counts.failed += stats.unexpected ?? 0;
    counts.skipped += stats.skipped ?? 0;
  }
  return counts;
}

async function main(): Promise<number> {
  rmSync(resultsDir, { recursive: true, force: true });
  mkdirSync(resultsDir, { recursive: true });
  const runVitest = only !== "e2e";
  const runE2e = only !== "vitest";
  if (runE2e) ensureDebianPackage("chromium", CHROMIUM);
  // The documents the portal makes are rendered and read by another reader than the one that wrote them.
  if (runVitest) ensureDebianPackage("poppler-utils", "/usr/bin/pdftoppm");

  const databases = await startDatabases();
  applyMigrations(databases.integration);
  applyMigrations(databases.e2e);

  const storageRoot = path.join(os.tmpdir(), `erasmus-test-storage-${process.pid}`);
  stops.push(async () => rmSync(storageRoot, { recursive: true, force: true }));
  const common = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NEXTAUTH_SECRET: "test-secret-for-the-test-run-only",
    DATA_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("base64"),
    MAIL_CAPTURE: "on",
    OUTBOX_INTERVAL_MS: "1000",
  };
  const failures: string[] = [];

  const build = runE2e ? run("npx", ["next", "build"], common) : Promise.resolve(0);

  if (runVitest) {
    const typecheck = await run("npx", ["tsc", "--noEmit"], common);
    if (typecheck !== 0) failures.push("typecheck");
    const lint = await run("npx", ["eslint", "--max-warnings=0", "."], common);
    if (lint !== 0) failures.push("lint");
    const format = await run("npx", ["prettier", "--check", "--log-level=warn", "."], common);
    if (format !== 0) failures.push("format (run npm run format)");
    const integrationDb = createDatabaseClient(databases.integration);
    const mail = await startMailReceiver(integrationDb, await freePort());
    stops.push(async () => {
      await mail.stop();
      await integrationDb.$disconnect();
    });
    const vitest = await run(
      "npx",
      [
        "vitest",
        "run",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${path.join(resultsDir, "vitest.json")}`,
        ...(only === "vitest" ? passThrough : []),
      ],
      {
        ...common,
        DATABASE_URL: databases.integration,
        SMTP_URL: mail.url,
        STORAGE_DIR: path.join(storageRoot, "integration"),
      },
    );
    if (vitest !== 0) failures.push("vitest");
  }

  if ((await build) !== 0) failures.push("build");
  else if (runE2e) {
    const e2eDb = createDatabaseClient(databases.e2e);
    await seedDemoData(e2eDb);
    const mail = await startMailReceiver(e2eDb, await freePort());
    stops.push(async () => {
      await mail.stop();
      await e2eDb.$disconnect();
    });
    const port = await freePort();
    const identityProvider = await startIdentityProvider(await freePort(), `http://localhost:${port}`);
    stops.push(identityProvider.stop);
    const playwright = await run("npx", ["playwright", "test", ...passThrough], {
      ...common,
      OIDC_ISSUER: identityProvider.issuer,
      OIDC_CLIENT_ID: IDP_CLIENT.id,
      OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
      DATABASE_URL: databases.e2e,
      SMTP_URL: mail.url,
      E2E_PORT: String(port),
      NEXTAUTH_URL: `http://localhost:${port}`,
      STORAGE_DIR: path.join(storageRoot, "e2e"),
      PLAYWRIGHT_JSON: path.join(resultsDir, "playwright.json"),
    });
    if (playwright !== 0) failures.push("playwright");
  }

  const counts = readCounts();
  if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(", ")}`);
  const failed = counts.failed + (failures.length > 0 && counts.failed === 0 ? 1 : 0);
  console.log(`\n${counts.passed} passed, ${failed} failed, ${counts.skipped} skipped`);
  return failures.length > 0 ? 1 : 0;
}

main()
  .catch((error) => {
    console.error(error);
    return 1;
  })
  .then(async (code) => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
    process.exit(code);
  });
