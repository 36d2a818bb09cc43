import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";

/** The rounds open at `now`, as a query condition: the same rule as `isRoundOpen`. */
export function openRoundsWhere(now: Date): Prisma.ApplicationRoundWhereInput {
  return { opensAt: { lte: now }, deadline: { gt: now } };
}
