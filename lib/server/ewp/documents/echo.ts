import { NS, xmlDocument } from "./namespaces";

/** Echo v2: the institutions the caller's key covers, and its `echo` values in order. */
export function echoResponseXml(heiIds: string[], echoes: string[]): string {
  return xmlDocument({ response: { "@xmlns": NS.echo, "hei-id": heiIds, echo: echoes } });
}
