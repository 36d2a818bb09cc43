import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Server action ids by exported name, from a production build's manifest:
 * what a page sends as `Next-Action` to call one over HTTP.
 */
export function serverActionIds(projectRoot: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path.join(projectRoot, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  return new Map(Object.entries(manifest.node).flatMap(([id, entry]) => (entry.exportedName ? [[entry.exportedName, id] as const] : [])));
}
