import "server-only";
import { signatureParameters, signRequest, verifyResponse } from "./http-signature";
import { ewpNode } from "./node";
import { partnerApi, registryCatalogue } from "./registry";

/** A partner's node that cannot be called: not in the registry's catalogue, or not serving the API. */
export class PartnerUnreachable extends Error {}

export type PartnerCall = {
  heiId: string;
  /** The API's element name in the catalogue ("omobility-las", "omobility-la-cnr", "factsheet"…). */
  api: string;
  /** Which of its addresses: "url", or "get-url", "update-url"… */
  endpoint: string;
} & ({ form: Record<string, string | string[]> } | { xml: string });

/**
 * Calls a partner's EWP API as the specs require of a client: found through
 * the registry's catalogue, signed with the portal's key (cliauth-httpsig),
 * and its answer accepted only if signed by a server key the catalogue lists
 * for that partner (srvauth-httpsig).
 */
export async function callPartner(call: PartnerCall): Promise<{ status: number; body: string }> {
  const node = ewpNode();
  if (!node) throw new PartnerUnreachable("This portal is not a node of the Erasmus Without Paper network.");
  const catalogue = await registryCatalogue();
  const partner = partnerApi(catalogue, call.heiId, call.api);
  const address = partner?.api.urls[call.endpoint];
  if (!partner || !address) throw new PartnerUnreachable(`${call.heiId} does not serve ${call.api} (${call.endpoint}) in the registry's catalogue.`);
  const body =
    "xml" in call
      ? call.xml
      : new URLSearchParams(
          Object.entries(call.form).flatMap(([name, values]) => (Array.isArray(values) ? values : [values]).map((v) => [name, v])),
        ).toString();
  const url = new URL(address);
  const headers = signRequest({ method: "POST", url, body, key: node.key });
  headers["content-type"] = "xml" in call ? "text/xml; charset=utf-8" : "application/x-www-form-urlencoded";
  const response = await fetch(url, { method: "POST", headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  verifyResponse(
    { headers: response.headers, body: text },
    {
      sent: { requestId: headers["x-request-id"]!, signature: signatureParameters(headers.authorization!).signature },
      publicKey: (keyId) => (partner.serverKeys.includes(keyId) ? (catalogue.keys.get(keyId) ?? null) : null),
    },
  );
  return { status: response.status, body: text };
}
