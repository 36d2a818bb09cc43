import "server-only";

/** The caller's address as the rate limits count it. */
export function clientAddress(request: Request): string {
  return request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() ?? "direct";
}
