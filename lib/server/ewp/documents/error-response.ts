import { NS, xmlDocument } from "./namespaces";

/** The body of every EWP error (architecture's common-types.xsd): a message for the partner's developers. */
export function errorResponseXml(developerMessage: string): string {
  return xmlDocument({ "error-response": { "@xmlns": NS.common, "developer-message": developerMessage } });
}
