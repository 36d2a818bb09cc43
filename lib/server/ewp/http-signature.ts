import { createHash, createPublicKey, createSign, createVerify, randomUUID, type KeyObject } from "node:crypto";

/**
 * HTTP Signatures (draft-cavage-http-signatures-07) as the EWP security specs
 * profile them: ewp-specs-sec-cliauth-httpsig for requests,
 * ewp-specs-sec-srvauth-httpsig for responses. Pure: keys, headers and bodies in,
 * headers or a refusal out.
 */

/** Dates further than this from the receiver's clock are refused (the spec's recommended threshold). */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;
export const REQUEST_HEADERS_SIGNED = ["(request-target)", "host", "date", "digest", "x-request-id"] as const;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A request or response the signature does not cover as the spec requires, with the status the spec gives. */
export class SignatureRefused extends Error {
  constructor(
    readonly status: 400 | 401 | 403,
    message: string,
  ) {
    super(message);
  }
}

/** The public key's fingerprint EWP uses as `keyId` and in the registry: lower-case hex SHA-256 of its DER (SPKI) bytes. */
export function keyFingerprint(key: KeyObject): string {
  return createHash("sha256").update(publicKeyDer(key)).digest("hex");
}

export function publicKeyDer(key: KeyObject): Buffer {
  return (key.type === "private" ? createPublicKey(key) : key).export({ type: "spki", format: "der" });
}

/** `Digest: SHA-256=<base64>` of a body (RFC 3230, RFC 5843). */
export function digestHeader(body: Uint8Array | string): string {
  return `SHA-256=${createHash("sha256").update(body).digest("base64")}`;
}

/** The `keyId`, `algorithm`, `headers` and `signature` parameters of an Authorization or Signature header. */
export function signatureParameters(value: string): Record<string, string> {
  return Object.fromEntries([...value.matchAll(/([a-zA-Z]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
}

type Lookup = (name: string) => string | null;

function signingString(names: string[], header: Lookup, requestTarget?: string): string {
  return names
    .map((name) => {
      const value = name === "(request-target)" ? (requestTarget ?? null) : header(name);
      if (value === null) throw new SignatureRefused(400, `The signed header "${name}" is missing.`);
      return `${name}: ${value.trim()}`;
    })
    .join("\n");
}

const sign = (text: string, key: KeyObject) => createSign("RSA-SHA256").update(text).sign(key, "base64");
const verifies = (text: string, signature: string, key: KeyObject) => createVerify("RSA-SHA256").update(text).verify(key, signature, "base64");

function checkDate(header: Lookup, names: string[], now: number, status: 400) {
  const dates = ["date", "original-date"].filter((name) => names.includes(name));
  if (dates.length === 0) throw new SignatureRefused(status, "Neither Date nor Original-Date is signed.");
  for (const name of dates) {
    const time = Date.parse(header(name) ?? "");
    if (Number.isNaN(time)) throw new SignatureRefused(400, `The ${name} header cannot be read as an HTTP date.`);
    if (Math.abs(time - now) > CLOCK_SKEW_MS) throw new SignatureRefused(400, `The ${name} header is more than 5 minutes away from this server's clock.`);
  }
}

function checkDigest(header: Lookup, body: Uint8Array | string) {
  const sent = (header("digest") ?? "")
    .split(",")
    .map((part) => part.trim())
    .find((part) => /^sha-256=/i.test(part));
  if (!sent || sent.slice("SHA-256=".length) !== digestHeader(body).slice("SHA-256=".length)) {
    throw new SignatureRefused(400, "The Digest header does not match the body's SHA-256.");
  }
}

export type OutgoingRequest = { method: string; url: URL; body: string; key: KeyObject };

/** The headers a client adds to sign a request, and to ask the server to sign its response. */
export function signRequest({ method, url, body, key }: OutgoingRequest, now = new Date()): Record<string, string> {
  const headers: Record<string, string> = {
    host: url.host,
    date: now.toUTCString(),
    digest: digestHeader(body),
    "x-request-id": randomUUID(),
    "accept-signature": "rsa-sha256",
  };
  const names = [...REQUEST_HEADERS_SIGNED];
  const text = signingString(names, (name) => headers[name] ?? null, `${method.toLowerCase()} ${url.pathname}${url.search}`);
  headers.authorization = `Signature keyId="${keyFingerprint(key)}",algorithm="rsa-sha256",headers="${names.join(" ")}",signature="${sign(text, key)}"`;
  return headers;
}

export type VerifiedRequest = { keyId: string; signature: string; requestId: string };

/**
 * Checks a request's signature in the order the spec lists: the method and its
 * headers (401 when absent), the host, the key (403 when unknown), the dates,
 * the request id, the signature, the digest (400 for each).
 */
export function verifyRequest(
  request: { method: string; url: URL; headers: Headers; body: Uint8Array | string },
  { host, publicKey, now = Date.now() }: { host: string; publicKey: (keyId: string) => KeyObject | null; now?: number },
): VerifiedRequest {
  const authorization = request.headers.get("authorization") ?? "";
  if (!/^Signature\s/i.test(authorization)) throw new SignatureRefused(401, "This API needs HTTP Signature client authentication.");
  const parameters = signatureParameters(authorization);
  const names = (parameters.headers ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  if (parameters.algorithm?.toLowerCase() !== "rsa-sha256") throw new SignatureRefused(401, 'The signature algorithm must be "rsa-sha256".');
  const missing = ["(request-target)", "host", "digest", "x-request-id"].filter((name) => !names.includes(name));
  if (missing.length > 0 || !(names.includes("date") || names.includes("original-date"))) {
    throw new SignatureRefused(
      401,
      `The signature must cover (request-target), host, date or original-date, digest and x-request-id; missing: ${missing.join(", ") || "date"}.`,
    );
  }
  if (!parameters.keyId || !parameters.signature) throw new SignatureRefused(400, "The Authorization header has no keyId or no signature.");
  const header: Lookup = (name) => request.headers.get(name);
  if ((header("host") ?? "").toLowerCase() !== host.toLowerCase()) throw new SignatureRefused(400, `The Host header is not ${host}.`);
  const key = publicKey(parameters.keyId.toLowerCase());
  if (!key) throw new SignatureRefused(403, "This key is not one the registry lists for any client.");
  checkDate(header, names, now, 400);
  const requestId = header("x-request-id") ?? "";
  if (!UUID.test(requestId)) throw new SignatureRefused(400, "X-Request-Id must be a UUID in its canonical form.");
  const text = signingString(names, header, `${request.method.toLowerCase()} ${request.url.pathname}${request.url.search}`);
  if (!verifies(text, parameters.signature, key)) throw new SignatureRefused(400, "The signature does not verify with the key it names.");
  checkDigest(header, request.body);
  return { keyId: parameters.keyId.toLowerCase(), signature: parameters.signature, requestId };
}

/** The headers a server adds to sign its response (srvauth-httpsig), echoing the request's id and signature. */
export function signResponse(
  { body, key, request }: { body: string; key: KeyObject; request?: { requestId: string | null; signature: string | null } },
  now = new Date(),
): Record<string, string> {
  const headers: Record<string, string> = { date: now.toUTCString(), digest: digestHeader(body) };
  if (request?.requestId) headers["x-request-id"] = request.requestId;
  if (request?.signature) headers["x-request-signature"] = request.signature;
  const names = Object.keys(headers);
  const text = signingString(names, (name) => headers[name] ?? null);
  headers.signature = `keyId="${keyFingerprint(key)}",algorithm="rsa-sha256",headers="${names.join(" ")}",signature="${sign(text, key)}"`;
  return headers;
}

/** A client's check of a signed response, against the server keys the registry lists for that server. */
export function verifyResponse(
  response: { headers: Headers; body: string },
  { sent, publicKey, now = Date.now() }: { sent: { requestId: string; signature?: string }; publicKey: (keyId: string) => KeyObject | null; now?: number },
): { keyId: string } {
  const parameters = signatureParameters(response.headers.get("signature") ?? "");
  if (parameters.algorithm?.toLowerCase() !== "rsa-sha256" || !parameters.signature || !parameters.keyId)
    throw new SignatureRefused(400, "The response is not signed.");
  const names = (parameters.headers ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const required = ["digest", "x-request-id", ...(sent.signature ? ["x-request-signature"] : [])];
  if (required.some((name) => !names.includes(name))) throw new SignatureRefused(400, "The response's signature leaves out a header it must cover.");
  const header: Lookup = (name) => response.headers.get(name);
  if (header("x-request-id") !== sent.requestId) throw new SignatureRefused(400, "The response answers another request.");
  if (sent.signature && header("x-request-signature") !== sent.signature) throw new SignatureRefused(400, "The response answers another signature.");
  checkDate(header, names, now, 400);
  const key = publicKey(parameters.keyId.toLowerCase());
  if (!key) throw new SignatureRefused(403, "The response is signed by a key the registry does not list for this server.");
  if (!verifies(signingString(names, header), parameters.signature, key)) throw new SignatureRefused(400, "The response's signature does not verify.");
  checkDigest(header, response.body);
  return { keyId: parameters.keyId.toLowerCase() };
}
