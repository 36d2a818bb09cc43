import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type LocalSecrets = { NEXTAUTH_SECRET: string; DATA_ENCRYPTION_KEY: string };

/**
 * Secrets for a single-machine run, generated once and kept in `.data/` so
 * that sessions and encrypted data survive a restart. A deployment sets
 * them in the environment instead.
 */
export function loadOrCreateLocalSecrets(dataRoot: string): LocalSecrets {
  const file = path.join(dataRoot, "secrets.json");
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as LocalSecrets;
  const secrets: LocalSecrets = {
    NEXTAUTH_SECRET: randomBytes(32).toString("base64"),
    DATA_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
  };
  mkdirSync(dataRoot, { recursive: true });
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}
