import "server-only";
import { db } from "@/lib/server/db/client";

// Fixed windows stored in PostgreSQL, so that every instance shares the count.
function windowStartOf(windowSeconds: number): Date {
  const windowMs = windowSeconds * 1000;
  return new Date(Math.floor(Date.now() / windowMs) * windowMs);
}

/** Records one event under `key` and returns how many the current window holds. */
export async function recordEvent(key: string, windowSeconds: number): Promise<number> {
  const rows = await db.$queryRaw<Array<{ count: number }>>`
    INSERT INTO "RateLimitBucket" ("key", "windowStart", "count") VALUES (${key}, ${windowStartOf(windowSeconds)}, 1)
    ON CONFLICT ("key", "windowStart") DO UPDATE SET "count" = "RateLimitBucket"."count" + 1
    RETURNING "count"`;
  return rows[0]?.count ?? 1;
}

/** How many events `key` has in the current window. */
export async function countEvents(key: string, windowSeconds: number): Promise<number> {
  const bucket = await db.rateLimitBucket.findUnique({
    where: { key_windowStart: { key, windowStart: windowStartOf(windowSeconds) } },
    select: { count: true },
  });
  return bucket?.count ?? 0;
}

/** Counts one event and says whether it is still within `limit`. */
export async function consumeRateLimit(key: string, limit: number, windowSeconds: number): Promise<boolean> {
  return (await recordEvent(key, windowSeconds)) <= limit;
}
