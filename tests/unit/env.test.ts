import { afterEach, describe, expect, it, vi } from "vitest";

const BASE = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", NEXTAUTH_SECRET: "a-secret-of-sixteen-chars", SMTP_URL: "smtp://localhost:2525" };

async function freshEnv(values: Record<string, string | undefined>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(values)) vi.stubEnv(name, value);
  return import("@/lib/server/env");
}

describe("the settings", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("are parsed once, with defaults", async () => {
    const { env } = await freshEnv({ ...BASE, OUTBOX_INTERVAL_MS: undefined });
    expect(env().OUTBOX_INTERVAL_MS).toBe(5000);
    expect(env().STORAGE_DRIVER).toBe("local");
  });

  it("stop a server at start when a secret is missing, naming it", async () => {
    const { checkEnvironment } = await freshEnv({ ...BASE, NEXTAUTH_SECRET: "" });
    expect(() => checkEnvironment(false)).toThrow(/NEXTAUTH_SECRET/);
  });

  it("require the encryption key in production, and a well-formed one anywhere", async () => {
    await expect(checkEnvironmentWith({ DATA_ENCRYPTION_KEY: undefined }, true)).rejects.toThrow(/DATA_ENCRYPTION_KEY is required in production/);
    await expect(checkEnvironmentWith({ DATA_ENCRYPTION_KEY: "short" }, false)).rejects.toThrow(/DATA_ENCRYPTION_KEY: must be 32 bytes/);
    await expect(checkEnvironmentWith({ DATA_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString("base64") }, true)).resolves.toBeUndefined();
  });

  it("make cookies Secure exactly when the portal is served over https", async () => {
    expect((await freshEnv({ ...BASE, NEXTAUTH_URL: "https://erasmus.example.org" })).secureCookies()).toBe(true);
    expect((await freshEnv({ ...BASE, NEXTAUTH_URL: "http://localhost:3000" })).secureCookies()).toBe(false);
    expect((await freshEnv({ ...BASE, NEXTAUTH_URL: undefined })).secureCookies()).toBe(false);
  });

  it("refuse a number that is not one", async () => {
    await expect(checkEnvironmentWith({ OUTBOX_INTERVAL_MS: "soon" }, false)).rejects.toThrow(/OUTBOX_INTERVAL_MS/);
  });
});

async function checkEnvironmentWith(values: Record<string, string | undefined>, production: boolean): Promise<void> {
  const { checkEnvironment } = await freshEnv({ ...BASE, ...values });
  checkEnvironment(production);
}
