import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";

/**
 * The columns of the unique constraint a write broke, or null if it broke
 * none: the database, not a prior read, decides who was first.
 */
export function uniqueViolation(error: unknown): string | null {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  return JSON.stringify(error.meta ?? {});
}
