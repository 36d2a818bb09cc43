import { createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { vi } from "vitest";
import { keyFingerprint, publicKeyDer, signRequest, verifyResponse } from "@/lib/server/ewp/http-signature";

export type Participant = { heiId: string; key: KeyObject };

export const newKey = (): KeyObject => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

const REGISTRY = "https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1";

/** A registry catalogue listing each participant as a host covering its institution, its key signing requests and responses. */
export function catalogueXml(participants: Participant[]): string {
  const hosts = participants
    .map(({ heiId, key }) => {
      const sha = keyFingerprint(key);
      return `<host><institutions-covered><hei-id>${heiId}</hei-id></institutions-covered><client-credentials-in-use><rsa-public-key sha-256="${sha}"/></client-credentials-in-use><server-credentials-in-use><rsa-public-key sha-256="${sha}"/></server-credentials-in-use></host>`;
    })
    .join("");
  const institutions = participants.map(({ heiId }) => `<hei id="${heiId}"><name>${heiId}</name></hei>`).join("");
  const binaries = participants
    .map(({ key }) => `<rsa-public-key sha-256="${keyFingerprint(key)}">${publicKeyDer(key).toString("base64")}</rsa-public-key>`)
    .join("");
  return `<?xml version="1.0" encoding="UTF-8"?><catalogue xmlns="${REGISTRY}">${hosts}<institutions>${institutions}</institutions><binaries>${binaries}</binaries></catalogue>`;
}

/** Writes the catalogue to a file of its own, as EWP_REGISTRY_CATALOGUE names it. */
export function writeCatalogue(participants: Participant[]): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "ewp-catalogue-")), "catalogue.xml");
  writeFileSync(file, catalogueXml(participants));
  return file;
}

/** A request as a partner's node sends it: signed with its key, form parameters in the body for POST. */
export function signedRequest(url: string, key: KeyObject, { method = "GET", body = "", now }: { method?: "GET" | "POST"; body?: string; now?: Date } = {}) {
  const headers = signRequest({ method, url: new URL(url), body, key }, now);
  if (method === "POST") headers["content-type"] = "application/x-www-form-urlencoded";
  return { headers, request: new Request(url, { method, headers, body: method === "POST" ? body : undefined }) };
}

/**
 * Makes the portal under test a node of a network of these participants: its
 * settings are read once per process, so they are set, then the modules the
 * test loads afterwards (`await import(...)`) read them afresh.
 */
export function becomeEwpNode(portalKey: KeyObject, participants: Participant[], baseUrl: string): void {
  Object.assign(process.env, {
    EWP_PRIVATE_KEY: portalKey.export({ type: "pkcs8", format: "pem" }).toString().replace(/\n/g, "\\n"),
    EWP_BASE_URL: baseUrl,
    EWP_ADMIN_EMAIL: "ewp-admin@portal.test",
    EWP_REGISTRY_CATALOGUE: writeCatalogue(participants),
  });
  vi.resetModules();
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
      sent: { requestId: headers["x-request-id"]!, signature: headers.authorization!.match(/signature="([^"]*)"/)![1] },
      publicKey: (id) => (id === keyFingerprint(portalKey) ? createPublicKey(portalKey) : null),
    },
  );
  return { status: response.status, body: text, headers: response.headers };
}
