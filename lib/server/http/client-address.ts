import "server-only";
import { CLIENT_ADDRESS_HEADER } from "@/lib/domain/client-address";

type Headers = { get(name: string): string | null } | Record<string, string | string[] | undefined>;

/**
 * The caller's address as the rate limits count it: what the portal's own
 * server (`scripts/serve.ts`) wrote from the socket and TRUSTED_PROXY_HOPS.
 * Served any other way, every caller shares one address: limits then err on
 * the side of refusing.
 */
export function clientAddress(headers: Headers | undefined): string {
  const value =
    headers && "get" in headers && typeof headers.get === "function"
      ? headers.get(CLIENT_ADDRESS_HEADER)
      : (headers as Record<string, unknown> | undefined)?.[CLIENT_ADDRESS_HEADER];
  return typeof value === "string" && value ? value : "unknown";
}
