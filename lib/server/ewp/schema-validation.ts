import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { validateXML } from "xmllint-wasm";

/** The copied EWP specifications (see specs/README.md). */
export const SPECS_DIR = path.join(process.cwd(), "lib/server/ewp/specs");

type SchemaFile = { fileName: string; contents: string; targetNamespace: string | null };
type Catalog = { locations: Map<string, string>; namespaces: Map<string, string> };

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? null;

let catalog: Catalog | undefined;
/** catalog.xml: absolute schema locations and target namespaces, each to a file of the copy. */
function readCatalog(): Catalog {
  if (catalog) return catalog;
  const text = readFileSync(path.join(SPECS_DIR, "catalog.xml"), "utf8").replace(/<!--[\s\S]*?-->/g, "");
  const [locationsPart = "", namespacesPart = ""] = text.split('<group id="namespaces">');
  const entries = (part: string, key: string) =>
    new Map(
      [...part.matchAll(/<(?:system|uri)\b[^>]*>/g)].flatMap(([tag]) => {
        const from = attribute(tag, key) ?? attribute(tag, "name");
        const to = attribute(tag, "uri");
        return from && to ? [[from, to] as const] : [];
      }),
    );
  catalog = { locations: entries(locationsPart, "systemId"), namespaces: entries(namespacesPart, "name") };
  return catalog;
}

const texts = new Map<string, string>();
const read = (relative: string) => texts.get(relative) ?? texts.set(relative, readFileSync(path.join(SPECS_DIR, relative), "utf8")).get(relative)!;

/**
 * A schema of the copy, and everything it imports, with each import pointed
 * at the in-memory copy of its file (xmllint runs with --nonet).
 */
function loadSchema(relative: string, closure: Map<string, SchemaFile>): SchemaFile {
  const known = closure.get(relative);
  if (known) return known;
  const text = read(relative);
  const entry: SchemaFile = {
    fileName: relative,
    contents: text,
    targetNamespace: attribute(/<([\w.-]+:)?schema\b[^>]*>/.exec(text.replace(/<!--[\s\S]*?-->/g, ""))?.[0] ?? "", "targetNamespace"),
  };
  closure.set(relative, entry);
  const { locations, namespaces } = readCatalog();
  entry.contents = text.replace(/<([\w.-]+:)?(import|include)\b[^>]*>/g, (tag) => {
    const location = attribute(tag, "schemaLocation");
    const namespace = attribute(tag, "namespace");
    const dependency = location
      ? /^[a-z]+:\/\//i.test(location)
        ? locations.get(location)
        : path.posix.join(path.posix.dirname(relative), location)
      : namespace
        ? namespaces.get(namespace)
        : undefined;
    if (!dependency) throw new Error(`${relative}: the import of ${location ?? namespace} is not in the copied specifications`);
    loadSchema(dependency, closure);
    return location
      ? tag.replace(/schemaLocation\s*=\s*"[^"]*"/, `schemaLocation="/${dependency}"`)
      : tag.replace(/\/?>$/, ` schemaLocation="/${dependency}"$&`);
  });
  return entry;
}

export type SchemaValidation = { valid: true } | { valid: false; errors: string[] };

/**
 * Validates a document against one of the copied EWP schemas, with no network.
 * The wrappers EWP leaves open (`xs:any processContents="lax"`, as in a manifest's
 * `apis-implemented`) are checked too: every namespace the document declares and
 * the catalog knows is imported into a small driver schema.
 */
export async function validateAgainstSchema(schema: string, xml: string): Promise<SchemaValidation> {
  const closure = new Map<string, SchemaFile>();
  const main = loadSchema(schema, closure);
  const { namespaces } = readCatalog();
  const declared = new Set([...xml.matchAll(/\sxmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/g)].map((m) => m[1]!));
  const imports = new Map<string, string>(main.targetNamespace ? [[main.targetNamespace, schema]] : []);
  for (const namespace of declared) {
    const file = namespaces.get(namespace);
    if (!file || imports.has(namespace) || [...closure.values()].some((s) => s.targetNamespace === namespace)) continue;
    loadSchema(file, closure);
    imports.set(namespace, file);
  }
  const driver = {
    fileName: "driver.xsd",
    contents: `<?xml version="1.0" encoding="UTF-8"?><xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">${[...imports]
      .map(([namespace, file]) => `<xs:import namespace="${namespace}" schemaLocation="/${file}"/>`)
      .join("")}</xs:schema>`,
  };
  const result = await validateXML({
    xml: [{ fileName: "document.xml", contents: xml }],
    schema: [driver],
    preload: [...closure.values()].map(({ fileName, contents }) => ({ fileName, contents })),
    modifyArguments: (args: string[]) => ["--nonet", ...args],
  });
  return result.valid ? { valid: true } : { valid: false, errors: result.errors.map((e) => e.rawMessage) };
}
