import { createPublicKey, type KeyObject } from "node:crypto";
import { vi } from "vitest";
import { keyFingerprint, signatureParameters, verifyResponse } from "@/lib/server/ewp/http-signature";
import { signedRequest, writeCatalogue, type Participant } from "./ewp-network";

/**
 * Makes the portal under test a node of a network of these participants: its
 * settings are read once per process, so they are set, then the modules the
 * test loads afterwards (`await import(...)`) read them afresh.
 */
export function becomeEwpNode(portalKey: KeyObject, participants: Participant[], baseUrl: string): void {
  vi.stubEnv("EWP_PRIVATE_KEY", portalKey.export({ type: "pkcs8", format: "pem" }).toString().replace(/\n/g, "\\n"));
  vi.stubEnv("EWP_BASE_URL", baseUrl);
  vi.stubEnv("EWP_ADMIN_EMAIL", "ewp-admin@portal.test");
  vi.stubEnv("EWP_REGISTRY_CATALOGUE", writeCatalogue(participants));
  vi.resetModules();
}

/** The next test files run in the same process: they must not find themselves a node of this network. */
export function leaveEwpNetwork(): void {
  vi.unstubAllEnvs();
}

/** Sends a signed request to a route handler as a partner's node would, and checks the answer's signature with the portal's key. */
export async function callSigned(
  handler: (request: Request) => Promise<Response>,
  url: string,
  {
    key,
    portalKey,
    method = "GET",
    body = "",
    contentType,
    now,
  }: { key: KeyObject; portalKey: KeyObject; method?: "GET" | "POST"; body?: string; contentType?: string; now?: Date },
) {
  const { headers } = signedRequest(url, key, { method, body, now });
  if (contentType) headers["content-type"] = contentType;
  const response = await handler(new Request(url, { method, headers, body: method === "POST" ? body : undefined }));
  const text = await response.text();
  verifyResponse(
    { headers: response.headers, body: text },
    {
      sent: { requestId: headers["x-request-id"]!, signature: signatureParameters(headers.authorization!).signature },
      publicKey: (id) => (id === keyFingerprint(portalKey) ? createPublicKey(portalKey) : null),
    },
  );
  return { status: response.status, body: text, headers: response.headers };
}
