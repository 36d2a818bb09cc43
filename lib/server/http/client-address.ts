import "server-only";

/**
 * The caller's address as the rate limits count it, from the
 * `X-Forwarded-For` value of a route handler's or next-auth's request.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor[0] : forwardedFor;
  return header?.split(",")[0]?.trim() || "direct";
}
