/**
 * `npm run db:migration -- <name> [--from <old schema file>]`
 *
 * Prisma's JavaScript schema engine cannot run `migrate dev` here, so a new
 * migration is the SQL difference between the schema as last committed
 * (or the file given with --from) and the working copy. Commit each
 * migration together with its schema before making the next one.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { scratchDataDirectory, startEmbeddedPostgres } from "./lib/embedded-postgres";

const root = path.resolve(import.meta.dirname, "..");
const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--from");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name> [--from old.prisma]");
  process.exit(2);
}

const fromIndex = args.indexOf("--from");
let fromArgs: string[];
if (fromIndex >= 0 && args[fromIndex + 1]) {
  fromArgs = ["--from-schema-datamodel", path.resolve(args[fromIndex + 1]!)];
} else {
  const migrationsDir = path.join(root, "prisma", "migrations");
  const hasMigrations = existsSync(migrationsDir) && readdirSync(migrationsDir).some((d) => /^\d{14}_/.test(d));
  if (!hasMigrations) {
    fromArgs = ["--from-empty"];
  } else {
    // The committed schema is the base, so every earlier migration must be committed with it.
    const pending = execFileSync("git", ["status", "--porcelain", "prisma/migrations"], { cwd: root, encoding: "utf8" }).trim();
    if (pending) {
      console.error(`Commit the earlier migration with its schema first:\n${pending}`);
      process.exit(2);
    }
    const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { cwd: root, encoding: "utf8" });
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.prisma");
    writeFileSync(file, committed);
    fromArgs = ["--from-schema-datamodel", file];
  }
}

// The schema engine runs through the driver adapter, which wants a live
// server even for a file-to-file diff: use DATABASE_URL or a throwaway one.
let databaseUrl = process.env.DATABASE_URL;
let stopDatabase: () => Promise<void> = async () => undefined;
if (!databaseUrl) {
  const scratch = await startEmbeddedPostgres({
    dataDirectory: scratchDataDirectory("erasmus-migration-"),
    port: 54000 + Math.floor(Math.random() * 900),
    database: "scratch",
  });
  databaseUrl = scratch.url;
  stopDatabase = scratch.stop;
}
const diff = spawnSync("npx", ["prisma", "migrate", "diff", ...fromArgs, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], {
  cwd: root,
  encoding: "utf8",
  env: { ...process.env, DATABASE_URL: databaseUrl },
});
await stopDatabase();
if (diff.status !== 0) {
  console.error(diff.stderr);
  process.exit(1);
}
if (!diff.stdout.trim() || diff.stdout.includes("This is an empty migration")) {
  console.log("The schema has not changed: no migration written.");
  process.exit(0);
}

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(root, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), diff.stdout);
const lock = path.join(root, "prisma", "migrations", "migration_lock.toml");
if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
console.log(`Wrote ${path.relative(root, dir)}/migration.sql`);
