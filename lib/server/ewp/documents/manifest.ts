import { NS, xmlDocument } from "./namespaces";

export type ManifestInput = {
  adminEmail: string;
  institution: { schacCode: string; erasmusCode: string; name: string };
  urls: {
    manifest: string;
    echo: string;
    institutions: string;
    ounits: string;
    factsheet: string;
    omobilityLas: { get: string; index: string; update: string; stats: string };
    omobilityLaCnr: string;
    iias: { get: string; index: string };
    omobilities: { get: string; index: string };
  };
  maxOmobilityIds: number;
  maxCnrOmobilityIds: number;
  maxIiaIds: number;
  maxOmobilities: number;
  /** The portal's public key, base64 DER: it signs both its requests and its responses. */
  publicKey: string;
};

/** How every API but the manifest is protected: clients sign their requests, the portal signs its responses. */
const httpSecurity = {
  "sec:client-auth-methods": { httpsig: { "@xmlns": NS.cliauthHttpsig } },
  "sec:server-auth-methods": { tlscert: { "@xmlns": NS.srvauthTlscert }, httpsig: { "@xmlns": NS.srvauthHttpsig } },
};

const entry = (repository: string, major: number, version: string, body: Record<string, unknown>) => ({
  "@xmlns": NS.entry(repository, major),
  "@version": version,
  ...body,
});

/** The Discovery v6 manifest: who administers this node, which APIs it serves where, the institution it covers and its keys. */
export function manifestXml({
  adminEmail,
  institution,
  urls,
  publicKey,
  maxOmobilityIds,
  maxCnrOmobilityIds,
  maxIiaIds,
  maxOmobilities,
}: ManifestInput): string {
  return xmlDocument({
    manifest: {
      "@xmlns": NS.manifest,
      "@xmlns:ewp": NS.common,
      "@xmlns:r": NS.registry,
      "@xmlns:sec": NS.sec,
      host: {
        "ewp:admin-email": adminEmail,
        "ewp:admin-provider": "Erasmus mobility portal (open source)",
        "r:apis-implemented": {
          discovery: entry("ewp-specs-api-discovery", 6, "6.0.0", { url: urls.manifest }),
          echo: entry("ewp-specs-api-echo", 2, "2.0.1", { "http-security": httpSecurity, url: urls.echo }),
          institutions: entry("ewp-specs-api-institutions", 2, "2.2.0", { "http-security": httpSecurity, url: urls.institutions, "max-hei-ids": 1 }),
          "organizational-units": entry("ewp-specs-api-ounits", 2, "2.1.1", {
            "http-security": httpSecurity,
            url: urls.ounits,
            "max-ounit-ids": 100,
            "max-ounit-codes": 100,
          }),
          factsheet: entry("ewp-specs-api-factsheet", 1, "1.2.0", { "http-security": httpSecurity, url: urls.factsheet, "max-hei-ids": 1 }),
          "omobility-las": entry("ewp-specs-api-omobility-las", 1, "1.2.0", {
            "http-security": httpSecurity,
            "get-url": urls.omobilityLas.get,
            "index-url": urls.omobilityLas.index,
            "update-url": urls.omobilityLas.update,
            "stats-url": urls.omobilityLas.stats,
            "max-omobility-ids": maxOmobilityIds,
          }),
          omobilities: entry("ewp-specs-api-omobilities", 2, "2.0.0", {
            "http-security": httpSecurity,
            "get-url": urls.omobilities.get,
            "index-url": urls.omobilities.index,
            "max-omobility-ids": maxOmobilities,
          }),
          iias: entry("ewp-specs-api-iias", 7, "7.0.0", {
            "http-security": httpSecurity,
            "get-url": urls.iias.get,
            "max-iia-ids": maxIiaIds,
            "index-url": urls.iias.index,
          }),
          "omobility-la-cnr": entry("ewp-specs-api-omobility-la-cnr", 1, "1.1.0", {
            "http-security": httpSecurity,
            url: urls.omobilityLaCnr,
            "max-omobility-ids": maxCnrOmobilityIds,
          }),
        },
        "institutions-covered": {
          "r:hei": {
            "@id": institution.schacCode,
            "r:other-id": { "@type": "erasmus", "#": institution.erasmusCode },
            "r:name": institution.name,
          },
        },
        "client-credentials-in-use": { "rsa-public-key": publicKey },
        "server-credentials-in-use": { "rsa-public-key": publicKey },
      },
    },
  });
}
