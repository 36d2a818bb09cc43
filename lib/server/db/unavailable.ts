import "server-only";

// PostgreSQL shutting down or refusing connections (SQLSTATE classes 57P and 08),
// the socket errors of a server that is gone, and Prisma's own codes for them.
const UNAVAILABLE_CODES = new Set([
  "57P01",
  "57P02",
  "57P03",
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "ECONNREFUSED",
  "ECONNRESET",
  "EPIPE",
  "ETIMEDOUT",
  "P1001",
  "P1002",
  "P1017",
  "P2024",
]);
const UNAVAILABLE_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

/** Whether the error says the database cannot be reached right now, as opposed to a bug or a refused write. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const { code, kind, originalCode, message, cause } = current as Record<string, unknown>;
    if ([code, originalCode].some((c) => typeof c === "string" && UNAVAILABLE_CODES.has(c))) return true;
    if (typeof kind === "string" && UNAVAILABLE_KINDS.has(kind)) return true;
    if (typeof message === "string" && /Connection terminated|connect ECONNREFUSED|Can't reach database server/i.test(message)) return true;
    current = cause;
  }
  return false;
}
