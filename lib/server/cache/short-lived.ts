import "server-only";

/**
 * Reference data that changes a few times a year (rounds, programmes,
 * partners, eligible nationalities) is read by the busiest pages: each
 * instance keeps an answer for a few seconds, so another instance sees a
 * change at most that late, and the instance that made it at once (`forget`).
 */
export function shortLivedCache<T>(lifetimeMs: number) {
  const entries = new Map<string, { value: Promise<T>; until: number }>();
  return {
    get(key: string, load: () => Promise<T>): Promise<T> {
      const entry = entries.get(key);
      if (entry && entry.until > Date.now()) return entry.value;
      const value = load();
      entries.set(key, { value, until: Date.now() + lifetimeMs });
      // A failed load is not kept: the next caller tries again.
      value.catch(() => entries.delete(key));
      return value;
    },
    forget(): void {
      entries.clear();
    },
  };
}
