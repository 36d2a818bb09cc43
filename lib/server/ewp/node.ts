import "server-only";
import { createPrivateKey, type KeyObject } from "node:crypto";
import { ewpEnv } from "@/lib/server/env";

export type EwpNode = { key: KeyObject; baseUrl: URL; catalogue: string; refreshMs: number; adminEmail: string };

let node: EwpNode | null | undefined;

/** The portal's settings as a node of the Erasmus Without Paper network, or null when it is not one (no EWP_PRIVATE_KEY). */
export function ewpNode(): EwpNode | null {
  if (node !== undefined) return node;
  const settings = ewpEnv();
  if (!settings.EWP_PRIVATE_KEY) return (node = null);
  // A key given on one line keeps its line breaks as "\n".
  const key = createPrivateKey(settings.EWP_PRIVATE_KEY.replace(/\\n/g, "\n"));
  if (key.asymmetricKeyType !== "rsa") throw new Error("Invalid environment: EWP_PRIVATE_KEY must be an RSA private key (PEM).");
  node = {
    key,
    baseUrl: new URL((settings.EWP_BASE_URL ?? settings.NEXTAUTH_URL)!),
    catalogue: settings.EWP_REGISTRY_CATALOGUE,
    refreshMs: settings.EWP_REGISTRY_REFRESH_MINUTES * 60_000,
    adminEmail: settings.EWP_ADMIN_EMAIL!,
  };
  return node;
}

/** The address of one of the portal's EWP APIs, as the manifest lists it. */
export function ewpUrl(node: EwpNode, path: string): string {
  return new URL(`/ewp/${path}`, node.baseUrl).toString();
}
