import type { PoolConfig } from "pg";

// Discrete fields rather than a connection string: a connectionString would
// override the shadow database name Prisma's schema engine sets.
export function poolConfigFromUrl(url: string, max?: number): PoolConfig {
  const parsed = new URL(url);
  return {
    host: parsed.hostname,
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: parsed.pathname.replace(/^\//, ""),
    ...(max ? { max } : {}),
  };
}
