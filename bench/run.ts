/**
 * `npm run bench`: loads a database with the generator's data, serves the
 * production build and measures it with autocannon on loopback, then prints
 * one table. Not part of `npm test`.
 *
 * BENCH_DATABASE_URL: use that server instead of the embedded one.
 * BENCH_DURATION: seconds per scenario (default 10).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { Pool } from "pg";
import { createDatabaseClient } from "../lib/server/db/create-client";
import { applicationPageSql, statusCountsSql } from "../lib/server/coordinator/application-list-query";
import { filtersFromSearchParams, PAGE_SIZE } from "../lib/validation/application-filters";
import { seedDemoData } from "../prisma/seed";
import { DEMO_PASSWORD } from "../prisma/seed-data";
import { defaultDataDirectory, startEmbeddedPostgres } from "../scripts/lib/embedded-postgres";
import { applyMigrations } from "../scripts/lib/migrate";
import { generateLoad, prepareDraftWriters } from "./generate";
import { measureDraftSaves } from "./draft-save";

const root = path.resolve(import.meta.dirname, "..");
const PORT = 3200;
const BASE = `http://127.0.0.1:${PORT}`;
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const stops: Array<() => Promise<void> | void> = [];

// A real PDF of 2 MB: a comment pads it between its catalogue and its trailer.
const TWO_MB_PDF = Buffer.concat([
  Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n"),
  Buffer.from(`%${"x".repeat(2 * 1024 * 1024 - 100)}\n`),
  Buffer.from("trailer << /Root 1 0 R >>\n%%EOF\n"),
]);

type Row = { scenario: string; connections: number; rps: number; p50: number; p975: number; p99: number; errors: number; target: string };

async function databaseUrl(): Promise<string> {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const dataDirectory = path.join(path.dirname(defaultDataDirectory(root)), "bench-postgres");
  const database = await startEmbeddedPostgres({ dataDirectory, port: 54330, database: "erasmus_bench", quiet: true });
  stops.push(database.stop);
  return database.url;
}

async function waitForHealth(): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${BASE}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The portal did not start");
}

/** Signs in through next-auth's credentials endpoint and returns the session cookie. */
async function signIn(email: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies },
    body: new URLSearchParams({ csrfToken, email, password: DEMO_PASSWORD, json: "true" }),
  });
  const session = response.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token"));
  if (!session) throw new Error(`Could not sign in as ${email}`);
  return session.split(";")[0]!;
}

async function load(scenario: string, options: autocannon.Options, target: string): Promise<Row> {
  // Two seconds unmeasured first, so the figures are the warmed-up server's, not the JIT compiler's.
  if (!options.amount) await autocannon({ ...options, duration: 2 });
  const result = await autocannon({ ...options, duration: DURATION });
  if (result.non2xx > 0) console.log(`${scenario}: answers by status`, result.statusCodeStats);
  return {
    scenario,
    connections: options.connections ?? 10,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p975: result.latency.p97_5,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    target,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

/**
 * The coordinator list's own SQL (the very statements the page sends, two at
 * once), timed straight against PostgreSQL: alone, and at the portal's
 * concurrency from a pool of the portal's size for the same duration.
 */
async function rawListSql(url: string, listQuery: Record<string, string>): Promise<{ alone: number; loaded: number; loadedP95: number }> {
  const pool = new Pool({ connectionString: url, max: 20 });
  const office = (
    await pool.query(`SELECT id, email, name, role, locale, "departmentId", "partnerInstitutionId" FROM "User" WHERE email = $1`, [
      "international@demo.erasmus.test",
    ])
  ).rows[0];
  const filters = filtersFromSearchParams(listQuery);
  const statements = [applicationPageSql(office, filters, { limit: PAGE_SIZE, offset: 0 }), statusCountsSql(office, filters)];
  const once = async () => {
    const start = performance.now();
    await Promise.all(statements.map((statement) => pool.query(statement.text, statement.values)));
    return performance.now() - start;
  };
  const alone: number[] = [];
  for (let i = 0; i < 200; i++) alone.push(await once());
  const loaded: number[] = [];
  const until = performance.now() + DURATION * 1000;
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (performance.now() < until) loaded.push(await once());
    }),
  );
  await pool.end();
  for (const timings of [alone, loaded]) timings.sort((x, y) => x - y);
  return { alone: percentile(alone, 0.5), loaded: percentile(loaded, 0.5), loadedP95: percentile(loaded, 0.95) };
}

type Compressed = { gzip: number; brotli: number };

async function compressedSize(sources: string[]): Promise<Compressed> {
  const total = { gzip: 0, brotli: 0 };
  for (const source of sources) {
    const body = Buffer.from(await (await fetch(new URL(source, BASE))).arrayBuffer());
    total.gzip += gzipSync(body, { level: 9 }).length;
    total.brotli += brotliCompressSync(body).length;
  }
  return { gzip: Math.round(total.gzip / 1024), brotli: Math.round(total.brotli / 1024) };
}

/**
 * JavaScript a first visit downloads, compressed, read from the scripts the
 * page names. `noModule` scripts are left out: they are polyfills that only
 * browsers without ES modules fetch.
 */
async function firstLoadJs(pagePath: string): Promise<Compressed> {
  const html = await (await fetch(`${BASE}${pagePath}`)).text();
  const tags = [...html.matchAll(/<script[^>]+src="([^"]+)"[^>]*>/g)].filter((m) => !/\bnoModule\b/i.test(m[0]));
  return compressedSize([...new Set(tags.map((m) => m[1]!))]);
}

/** What Next.js and React alone weigh on every page: the build's root chunks. */
function frameworkFiles(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  return manifest.rootMainFiles.map((file) => `/_next/${file}`);
}

async function main() {
  const url = await databaseUrl();
  applyMigrations(url);
  const db = createDatabaseClient(url);
  await seedDemoData(db);
  await db.$disconnect();
  console.log("Generating the load (once per database)…");
  console.log((await generateLoad(url)) ? "Generated 20,000 applications." : "Load already present.");
  const writers = await prepareDraftWriters(url);
  const storageDir = mkdtempSync(path.join(os.tmpdir(), "erasmus-bench-uploads-"));
  stops.push(() => rmSync(storageDir, { recursive: true, force: true }));

  // Always a fresh build: an older one would measure older code.
  if (spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  const server: ChildProcess = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(PORT)], {
    cwd: root,
    stdio: "ignore",
    env: {
      ...process.env,
      DATABASE_URL: url,
      NEXTAUTH_SECRET: "bench-secret-bench-secret-bench",
      DATA_ENCRYPTION_KEY: Buffer.alloc(32, 9).toString("base64"),
      NEXTAUTH_URL: BASE,
      SMTP_URL: "smtp://127.0.0.1:1",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_POOL_SIZE: "20",
      STORAGE_DIR: storageDir,
      UPLOAD_RATE_LIMIT: "1000000",
    },
    detached: true,
  });
  stops.push(() => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  });
  await waitForHealth();
  const office = await signIn("international@demo.erasmus.test");
  const eligibility = JSON.stringify({
    answers: {
      nationality: "FR",
      completedFirstYear: true,
      enrolledInDegreeProgramme: true,
      studyStart: "2027-09-01",
      studyEnd: "2028-01-31",
      fullRecognition: "yes",
      includesInternship: false,
      otherEuGrant: false,
      scholarshipHolder: false,
    },
  });
  const listQuery = { round: "bench-round-1", status: "SUBMITTED", q: "Martin" };
  const listPath = `/coordinator?${new URLSearchParams(listQuery)}`;

  for (const warm of ["/incoming", listPath, "/coordinator/applications/bench-app-1"]) await fetch(`${BASE}${warm}`, { headers: { cookie: office } });
  const rows: Row[] = [
    await load("Information page GET /incoming", { url: `${BASE}/incoming`, connections: 20 }, "≥ 1,000 req/s"),
    await load(
      "Eligibility API POST /api/v1/eligibility",
      { url: `${BASE}/api/v1/eligibility`, method: "POST", connections: 20, headers: { "content-type": "application/json" }, body: eligibility },
      "≥ 1,000 req/s",
    ),
    await load("Coordinator list, 2 filters + search", { url: `${BASE}${listPath}`, connections: 20, headers: { cookie: office } }, "p95 < 150 ms"),
    await load("Dossier page", { url: `${BASE}/coordinator/applications/bench-app-1`, connections: 10, headers: { cookie: office } }, "—"),
  ];
  const writerCookies = await Promise.all(writers.map(async (w) => ({ cookie: await signIn(w.email), applicationId: w.applicationId })));
  const saves = await measureDraftSaves({ root, base: BASE, writers: writerCookies, seconds: DURATION });
  rows.push({ scenario: "Draft save (server action)", connections: writers.length, ...saves, target: "—" });
  rows.push(
    await load(
      "Upload of a 2 MB PDF",
      {
        url: `${BASE}/api/v1/applications/${writerCookies[0]!.applicationId}/pieces/MOTIVATION_LETTER`,
        method: "POST",
        connections: 4,
        amount: 200,
        headers: { cookie: writerCookies[0]!.cookie, origin: BASE, "x-file-name": "motivation.pdf", "content-type": "application/pdf" },
        body: TWO_MB_PDF,
      },
      "—",
    ),
  );
  const sql = await rawListSql(url, listQuery);
  const list = rows[2]!;

  console.log(`\nBenchmark on ${DURATION}s per scenario, 20,000 applications, loopback (latencies in ms; p97.5 bounds p95 from above)\n`);
  console.table(
    rows.map((r) => ({
      Scenario: r.scenario,
      Conn: r.connections,
      "Req/s": r.rps,
      p50: r.p50,
      "p97.5": r.p975,
      p99: r.p99,
      Errors: r.errors,
      Target: r.target,
    })),
  );
  console.log(
    `Coordinator list's SQL straight against PostgreSQL: p50 ${sql.alone.toFixed(2)} ms alone; p50 ${sql.loaded.toFixed(1)} ms, p95 ${sql.loadedP95.toFixed(1)} ms at 20 at once`,
  );
  console.log(
    `Coordinator list: portal p50 ${list.p50} ms / SQL p50 at the same concurrency ${sql.loaded.toFixed(1)} ms = ${(list.p50 / sql.loaded).toFixed(1)}× (target ≤ 3×); / SQL alone = ${(list.p50 / sql.alone).toFixed(1)}×`,
  );
  const framework = await compressedSize(frameworkFiles());
  console.log(`First-load JavaScript of Next.js and React alone: ${framework.gzip} kB gzip, ${framework.brotli} kB brotli`);
  for (const page of ["/incoming", "/eligibility"]) {
    const size = await firstLoadJs(page);
    console.log(`First-load JavaScript of ${page}: ${size.gzip} kB gzip, ${size.brotli} kB brotli (target < 120 kB)`);
  }
}

main()
  .then(
    () => 0,
    (error) => {
      console.error(error);
      return 1;
    },
  )
  .then(async (code) => {
    for (const stop of stops.reverse()) await stop();
    // Explicitly: embedded-postgres's exit hook would otherwise end the process with 0 after a failure.
    process.exit(code);
  });
