import type { Element } from "@xmldom/xmldom";

/** The child elements of `parent` with this local name (and namespace, when given); none for a missing parent. */
export function childElements(parent: Element | undefined, name: string, namespace?: string): Element[] {
  if (!parent) return [];
  return Array.from(parent.childNodes).filter(
    (n): n is Element => n.nodeType === 1 && (n as Element).localName === name && (namespace === undefined || (n as Element).namespaceURI === namespace),
  );
}

export const childElement = (parent: Element | undefined, name: string, namespace?: string): Element | undefined => childElements(parent, name, namespace)[0];

/** The trimmed text of the first such child, "" when there is none. */
export const childText = (parent: Element | undefined, name: string, namespace?: string): string =>
  childElement(parent, name, namespace)?.textContent?.trim() ?? "";
