import { createHash } from "node:crypto";
import { DOMParser, type Attr, type Document, type Element } from "@xmldom/xmldom";

/**
 * The `iia-hash` of IIAs v7: the SHA-256 of the `text-to-hash` that the
 * specification's XSLT (ewp-specs-api-iias/resources/xsltKit/transform_version_7.xsl,
 * copied under specs/) makes of an IIA get response. Saxon-HE runs it in the
 * spec's kit; no XSLT 2.0 processor is free for Node, so this is a line-by-line
 * port, proved on the kit's own example (tests/unit/iia-hash.test.ts).
 */

const elements = (node: Document | Element): Element[] =>
  Array.from((node as Element).getElementsByTagName?.("*") ?? (node as Document).getElementsByTagName("*"));
const children = (element: Element): Element[] => Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
const named = (element: Element, name: string) => children(element).filter((c) => c.localName === name);
const localName = (node: Element | null | undefined) => node?.localName ?? "";
const truthy = (value: string | null) => value === "true" || value === "1";

/** `ewp:dumpElement`: `_name=value_`, an ISCED code as its `v6-value` when it has one (`func:iscedPatch`). */
function dumpElement(element: Element | undefined, name: string): string {
  const value = !element
    ? ""
    : element.localName === "isced-f-code" && element.getAttribute("v6-value")
      ? element.getAttribute("v6-value")!
      : (element.textContent ?? "");
  return `_${name}=${value}_`;
}

/** Whether the element or one of its ancestors is marked `not-yet-defined`. */
function notYetDefined(element: Element): boolean {
  for (let node: Element | null = element; node && node.nodeType === 1; node = node.parentNode as Element | null) {
    if (truthy(node.getAttribute("not-yet-defined"))) return true;
  }
  return false;
}

function hasAncestor(element: Element, name: string): boolean {
  for (let node = element.parentNode as Element | null; node && node.nodeType === 1; node = node.parentNode as Element | null)
    if (node.localName === name) return true;
  return false;
}

/** The text the spec hashes for one IIA, as `<text-to-hash>` holds it. */
function textToHash(document: Document, iia: Element): string {
  let text = "";
  // As the XSLT does, the first `cooperation-conditions` of the whole document says whether it is terminated.
  const conditions = elements(document).find((e) => e.localName === "cooperation-conditions");
  if (truthy(conditions?.getAttribute("terminated-as-a-whole") ?? null)) text += "_@terminated-as-a-whole@_";
  named(iia, "partner").forEach((partner, index) => (text += dumpElement(named(partner, "iia-id")[0], `iia-id_${index + 1}`)));
  for (const conditionsElement of named(iia, "cooperation-conditions")) {
    for (const mobility of children(conditionsElement)) {
      for (const element of elements(mobility)) {
        if (hasAncestor(element, "sending-contact") || hasAncestor(element, "receiving-contact")) continue;
        if (element.localName === "receiving-first-academic-year-id" || element.localName === "receiving-last-academic-year-id") continue;
        if (notYetDefined(element)) continue;
        const parent = element.parentNode as Element;
        const grandparent = parent.parentNode as Element;
        for (const attribute of Array.from(element.attributes) as Attr[]) {
          if (attribute.localName === "not-yet-defined" || attribute.localName === "v6-value" || attribute.name.startsWith("xmlns")) continue;
          text += `_@${localName(grandparent)}.${localName(parent)}.${element.localName}.${attribute.localName}=${attribute.value}@_`;
        }
        if (children(element).length === 0) text += dumpElement(element, `${localName(grandparent)}.${localName(parent)}.${element.localName}`);
      }
      text += dumpElement(named(mobility, "receiving-first-academic-year-id")[0], "receiving-first-academic-year-id");
      text += dumpElement(named(mobility, "receiving-last-academic-year-id")[0], "receiving-last-academic-year-id");
    }
  }
  return text;
}

export type IiaHash = { iiaId: string; textToHash: string; iiaHash: string; validForApproval: boolean };

/** Every IIA of an IIAs v7 get response, with its text to hash and its `iia-hash`. */
export function iiaHashes(getResponseXml: string): IiaHash[] {
  const document = new DOMParser().parseFromString(getResponseXml, "text/xml");
  // As the XSLT does, any element of the document marked not-yet-defined or with a v6 value makes every IIA unfit for approval.
  const validForApproval = !elements(document).some((e) => truthy(e.getAttribute("not-yet-defined")) || Boolean(e.getAttribute("v6-value")));
  return elements(document)
    .filter((e) => e.localName === "iia")
    .map((iia) => {
      const text = textToHash(document, iia);
      const firstPartner = named(iia, "partner")[0];
      return {
        iiaId: (firstPartner && named(firstPartner, "iia-id")[0]?.textContent) ?? "",
        textToHash: text,
        iiaHash: createHash("sha256").update(text, "utf8").digest("hex"),
        validForApproval,
      };
    });
}
