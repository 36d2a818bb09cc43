import { create } from "xmlbuilder2";

const GITHUB = "https://github.com/erasmus-without-paper";

/** The XML namespaces of the EWP specifications the portal writes (each names its spec and major version). */
export const NS = {
  common: `${GITHUB}/ewp-specs-architecture/blob/stable-v1/common-types.xsd`,
  registry: `${GITHUB}/ewp-specs-api-registry/tree/stable-v1`,
  manifest: `${GITHUB}/ewp-specs-api-discovery/tree/stable-v6`,
  sec: `${GITHUB}/ewp-specs-sec-intro/tree/stable-v2`,
  cliauthHttpsig: `${GITHUB}/ewp-specs-sec-cliauth-httpsig/tree/stable-v1`,
  srvauthHttpsig: `${GITHUB}/ewp-specs-sec-srvauth-httpsig/tree/stable-v1`,
  srvauthTlscert: `${GITHUB}/ewp-specs-sec-srvauth-tlscert/tree/stable-v1`,
  echo: `${GITHUB}/ewp-specs-api-echo/tree/stable-v2`,
  institutions: `${GITHUB}/ewp-specs-api-institutions/tree/stable-v2`,
  ounits: `${GITHUB}/ewp-specs-api-ounits/tree/stable-v2`,
  factsheet: `${GITHUB}/ewp-specs-api-factsheet/tree/stable-v1`,
  phone: `${GITHUB}/ewp-specs-types-phonenumber/tree/stable-v1`,
  contact: `${GITHUB}/ewp-specs-types-contact/tree/stable-v1`,
  laCnr: `${GITHUB}/ewp-specs-api-omobility-la-cnr/tree/stable-v1`,
  termV2: `${GITHUB}/ewp-specs-types-academic-term/tree/stable-v2`,
  /** A manifest entry's namespace: the API's repository, branch and entry schema. */
  entry: (repository: string, major: number) => `${GITHUB}/${repository}/blob/stable-v${major}/manifest-entry.xsd`,
} as const;

/** An XML document from xmlbuilder2's object form: `@name` attributes, `#` text, arrays for repeated elements. */
export function xmlDocument(root: Record<string, unknown>): string {
  return create({ version: "1.0", encoding: "UTF-8" }, root).end();
}

/** A phone number in the phone-number type: E.164 when it is one (separators dropped), else as written. */
export function phoneNumber(written: string): Record<string, string> {
  const digits = written.replace(/[\s().-]/g, "");
  return /^\+[1-9][0-9]{1,14}$/.test(digits) ? { "p:e164": digits } : { "p:other-format": written };
}
