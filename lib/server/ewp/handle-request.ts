import "server-only";
import { randomUUID } from "node:crypto";
import { isCleanText } from "@/lib/validation/text";
import { errorResponseXml } from "./documents/error-response";
import { SignatureRefused, signatureParameters, signResponse, verifyRequest } from "./http-signature";
import { isDatabaseUnavailable } from "@/lib/server/db/unavailable";
import { ewpNode, type EwpNode } from "./node";
import { clientKey, institutionsOfClientKey, registryCatalogue } from "./registry";

/** EWP requests are forms of a few ids or one update request: anything larger is refused unread where its length is declared. */
const MAX_BODY_BYTES = 256 * 1024;

/** Who may call an EWP endpoint: any client holding a key the registry lists (the APIs), or anyone (the manifest). */
export type EwpClients = "signed" | "anyone";

export type EwpCall = {
  request: Request;
  /** The query's and, for a POST of a form, the body's parameters (the specs accept both methods). */
  parameters: URLSearchParams;
  /** The body as received (an update request is XML, not a form). */
  body: Uint8Array;
  /** The institutions the caller's key covers, as the registry says; none for an anonymous caller. */
  heiIds: string[];
  node: EwpNode;
};

/** A request the spec's rules refuse (bad parameters: 400; the node not set up: 404; an edit conflict: 409), with a message for the partner's developers. */
export class EwpRefused extends Error {
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

function failure(error: unknown): { status: number; message: string; headers?: Record<string, string> } {
  if (error instanceof SignatureRefused) {
    const challenge = error.status === 401 ? { "www-authenticate": 'Signature realm="EWP"', "want-digest": "SHA-256" } : undefined;
    return { status: error.status, message: error.message, headers: challenge };
  }
  if (error instanceof EwpRefused) return { status: error.status, message: error.message };
  const reference = randomUUID().slice(0, 8);
  console.error(`[ewp ${reference}]`, error);
  if (isDatabaseUnavailable(error))
    return { status: 503, message: `The portal's database cannot be reached; try again later (reference ${reference}).`, headers: { "retry-after": "5" } };
  return { status: 500, message: `The portal could not answer (reference ${reference}); its administrators have the details.` };
}

/** An XML answer, signed with the portal's key for server authentication, echoing the request's id and signature. */
function xmlResponse(body: string, status: number, node: EwpNode | null, request: Request, extra: Record<string, string> = {}): Response {
  const authorization = request.headers.get("authorization") ?? "";
  const signature = /^Signature\s/i.test(authorization) ? (signatureParameters(authorization).signature ?? null) : null;
  const signed = node ? signResponse({ body, key: node.key, request: { requestId: request.headers.get("x-request-id"), signature } }) : {};
  return new Response(body, {
    status,
    // no-transform: a compressed body would no longer match its signed digest.
    headers: { "content-type": "application/xml; charset=utf-8", "cache-control": "private, no-store, no-transform", ...signed, ...extra },
  });
}

/**
 * Serves one EWP API call: the node must be set up, the caller's HTTP signature
 * verify against a key of the registry's catalogue (for the APIs), the
 * parameters hold no control characters; the answer, success or
 * `error-response`, is XML signed by the portal.
 */
export async function handleEwpRequest(request: Request, clients: EwpClients, handler: (call: EwpCall) => Promise<string>): Promise<Response> {
  const node = ewpNode();
  try {
    const url = new URL(request.url);
    if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) throw new EwpRefused(400, `The body may hold ${MAX_BODY_BYTES} bytes at most.`);
    const body = new Uint8Array(request.method === "POST" ? await request.arrayBuffer() : new ArrayBuffer(0));
    if (body.length > MAX_BODY_BYTES) throw new EwpRefused(400, `The body may hold ${MAX_BODY_BYTES} bytes at most.`);
    const parameters = new URLSearchParams(url.search);
    const form = !/xml/i.test(request.headers.get("content-type") ?? "");
    if (form && body.length > 0) for (const [name, value] of new URLSearchParams(new TextDecoder().decode(body))) parameters.append(name, value);
    if ([...parameters].some(([name, value]) => !isCleanText(name) || !isCleanText(value))) throw new EwpRefused(400, "A parameter holds control characters.");
    if (!node) throw new EwpRefused(404, "This portal is not a node of the Erasmus Without Paper network.");
    let heiIds: string[] = [];
    if (clients === "signed") {
      const catalogue = await registryCatalogue();
      const { keyId } = verifyRequest(
        { method: request.method, url, headers: request.headers, body },
        { host: node.baseUrl.host, publicKey: (id) => clientKey(catalogue, id) },
      );
      heiIds = institutionsOfClientKey(catalogue, keyId);
    }
    return xmlResponse(await handler({ request, parameters, body, heiIds, node }), 200, node, request);
  } catch (error) {
    const { status, message, headers } = failure(error);
    return xmlResponse(errorResponseXml(message), status, node, request, headers);
  }
}
