import { generateKeyPairSync, type KeyObject } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { keyFingerprint, publicKeyDer, signRequest } from "@/lib/server/ewp/http-signature";

/** An institution of the test network: its key, and where its node serves the learning-agreement APIs, if it has one running. */
export type Participant = { heiId: string; key: KeyObject; baseUrl?: string; iiaCnrUrl?: string };

export const newKey = (): KeyObject => generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;

const REGISTRY = "https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1";
const ENTRY = (repository: string, major: number) => `https://github.com/erasmus-without-paper/${repository}/blob/stable-v${major}/manifest-entry.xsd`;

/** The APIs a portal node serves under `baseUrl` that its partners call, as its manifest lists them and the registry copies them. */
function portalApis(baseUrl: string): string {
  const url = (path: string) => `${baseUrl}/ewp/${path}`;
  return (
    `<omobility-las xmlns="${ENTRY("ewp-specs-api-omobility-las", 1)}" version="1.2.0"><get-url>${url("omobility-las/get")}</get-url><index-url>${url("omobility-las/index")}</index-url><update-url>${url("omobility-las/update")}</update-url><max-omobility-ids>20</max-omobility-ids></omobility-las>` +
    `<omobility-la-cnr xmlns="${ENTRY("ewp-specs-api-omobility-la-cnr", 1)}" version="1.1.0"><url>${url("omobility-la-cnr")}</url><max-omobility-ids>100</max-omobility-ids></omobility-la-cnr>` +
    `<factsheet xmlns="${ENTRY("ewp-specs-api-factsheet", 1)}" version="1.2.0"><url>${url("factsheet")}</url><max-hei-ids>1</max-hei-ids></factsheet>`
  );
}

/** What a participant's host implements: a portal's APIs, and an IIA CNR address for a partner that takes them. */
function apisImplemented({ baseUrl, iiaCnrUrl }: Participant): string {
  const iiaCnr = iiaCnrUrl ? `<iia-cnr xmlns="${ENTRY("ewp-specs-api-iia-cnr", 3)}" version="3.0.0"><url>${iiaCnrUrl}</url></iia-cnr>` : "";
  return baseUrl || iiaCnr ? `<apis-implemented>${baseUrl ? portalApis(baseUrl) : ""}${iiaCnr}</apis-implemented>` : "";
}

/** A registry catalogue listing each participant as a host covering its institution, its key signing requests and responses. */
export function catalogueXml(participants: Participant[]): string {
  const hosts = participants
    .map((participant) => {
      const { heiId, key } = participant;
      const sha = keyFingerprint(key);
      return `<host>${apisImplemented(participant)}<institutions-covered><hei-id>${heiId}</hei-id></institutions-covered><client-credentials-in-use><rsa-public-key sha-256="${sha}"/></client-credentials-in-use><server-credentials-in-use><rsa-public-key sha-256="${sha}"/></server-credentials-in-use></host>`;
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
