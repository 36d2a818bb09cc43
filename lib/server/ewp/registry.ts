import "server-only";
import { readFile } from "node:fs/promises";
import { createPublicKey, type KeyObject } from "node:crypto";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { childElements } from "./documents/dom";
import { validateAgainstSchema } from "./schema-validation";
import { ewpNode } from "./node";

const REGISTRY = "https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1";

/** An API a host implements, with its addresses by element name (`url`, or `get-url`, `update-url`… for APIs of several endpoints). */
export type EwpApi = { name: string; namespace: string; version: string; urls: Record<string, string> };
export type EwpHost = { heiIds: string[]; clientKeys: string[]; serverKeys: string[]; apis: EwpApi[] };
export type Catalogue = { hosts: EwpHost[]; keys: Map<string, KeyObject>; names: Map<string, string> };

const children = (parent: Element | undefined, name: string): Element[] => childElements(parent, name, REGISTRY);
const text = (element: Element | undefined) => element?.textContent?.trim() ?? "";
const fingerprints = (host: Element, list: string) => children(children(host, list)[0], "rsa-public-key").map((k) => k.getAttribute("sha-256")!.toLowerCase());

/** A registry catalogue (ewp-specs-api-registry, catalogue.xsd): who covers which institutions, with which keys and APIs. */
export function parseCatalogue(xml: string): Catalogue {
  const root = new DOMParser().parseFromString(xml, "text/xml").documentElement!;
  const hosts = children(root, "host").map((host) => ({
    heiIds: children(children(host, "institutions-covered")[0], "hei-id").map(text),
    clientKeys: fingerprints(host, "client-credentials-in-use"),
    serverKeys: fingerprints(host, "server-credentials-in-use"),
    apis: Array.from(children(host, "apis-implemented")[0]?.childNodes ?? [])
      .filter((n): n is Element => n.nodeType === 1)
      .map((api) => ({
        name: api.localName!,
        namespace: api.namespaceURI ?? "",
        version: api.getAttribute("version") ?? "",
        urls: Object.fromEntries(
          Array.from(api.childNodes)
            .filter((n): n is Element => n.nodeType === 1 && /(^|-)url$/.test((n as Element).localName ?? ""))
            .map((u) => [u.localName!, text(u)]),
        ),
      })),
  }));
  const keys = new Map(
    children(children(root, "binaries")[0], "rsa-public-key").map((k) => [
      k.getAttribute("sha-256")!.toLowerCase(),
      createPublicKey({ key: Buffer.from(text(k).replace(/\s+/g, ""), "base64"), format: "der", type: "spki" }),
    ]),
  );
  const names = new Map(children(children(root, "institutions")[0], "hei").map((hei) => [hei.getAttribute("id")!, text(children(hei, "name")[0])]));
  return { hosts, keys, names };
}

async function readCatalogue(source: string): Promise<Catalogue> {
  const xml = /^https?:\/\//.test(source)
    ? await fetch(source, { signal: AbortSignal.timeout(30_000) }).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${source}: ${r.status}`))))
    : await readFile(source, "utf8");
  const validation = await validateAgainstSchema("ewp-specs-api-registry/catalogue.xsd", xml);
  if (!validation.valid) throw new Error(`The registry catalogue ${source} is not valid: ${validation.errors.slice(0, 3).join("; ")}`);
  return parseCatalogue(xml);
}

let current: { catalogue: Catalogue; readAt: number } | undefined;
let reading: Promise<Catalogue> | undefined;

/**
 * The network's catalogue, read at first use and again once EWP_REGISTRY_REFRESH_MINUTES
 * have passed. A catalogue that cannot be read or is not valid leaves the last
 * good one in use (logged); with none yet, the caller's request fails.
 */
export async function registryCatalogue(now = Date.now()): Promise<Catalogue> {
  const node = ewpNode();
  if (!node) throw new Error("This portal is not an EWP node.");
  if (current && now - current.readAt < node.refreshMs) return current.catalogue;
  reading ??= readCatalogue(node.catalogue)
    .then((catalogue) => {
      current = { catalogue, readAt: Date.now() };
      return catalogue;
    })
    .catch((error: unknown) => {
      if (!current) throw error;
      console.error("[ewp] the registry catalogue could not be refreshed; the last one read stays in use:", error);
      current.readAt = Date.now();
      return current.catalogue;
    })
    .finally(() => (reading = undefined));
  return reading;
}

/** The institutions whose requests a client key may sign: those its hosts cover. */
export function institutionsOfClientKey(catalogue: Catalogue, keyId: string): string[] {
  return [...new Set(catalogue.hosts.filter((h) => h.clientKeys.includes(keyId)).flatMap((h) => h.heiIds))];
}

/** The key a client names, if the registry lists it as some host's client key. */
export function clientKey(catalogue: Catalogue, keyId: string): KeyObject | null {
  return catalogue.hosts.some((h) => h.clientKeys.includes(keyId)) ? (catalogue.keys.get(keyId) ?? null) : null;
}

/** Where an institution serves an API, and the keys its server may sign responses with; null when it is not in the network. */
export function partnerApi(catalogue: Catalogue, heiId: string, api: string): { api: EwpApi; serverKeys: string[] } | null {
  for (const host of catalogue.hosts) {
    const found = host.heiIds.includes(heiId) ? host.apis.find((a) => a.name === api) : undefined;
    if (found) return { api: found, serverKeys: host.serverKeys };
  }
  return null;
}
