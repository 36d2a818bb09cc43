/**
 * The address a request comes from, as the rate limits count it. The
 * socket's peer is the only address nobody can forge; behind `trustedHops`
 * proxies of our own, each of which appends the address it received the
 * request from to `X-Forwarded-For`, the client is the entry that many
 * places from the right. Anything further left was written by the client.
 */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trustedHops: number): string {
  const forwarded = [forwardedFor ?? []]
    .flat()
    .join(",")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, socketAddress || "unknown"];
  return chain[Math.max(0, chain.length - 1 - trustedHops)]!;
}

/** The request header the portal's own server writes the address into, replacing whatever a client sent in it. */
export const CLIENT_ADDRESS_HEADER = "x-portal-client-address";
