import "server-only";
import { publicKeyDer } from "../http-signature";
import { ewpUrl, type EwpNode } from "../node";
import { manifestXml } from "../documents/manifest";
import { homeHei } from "./home-hei";

/** The Discovery manifest of this node, read by the registry. */
export async function manifest(node: EwpNode): Promise<string> {
  const institution = await homeHei();
  return manifestXml({
    adminEmail: node.adminEmail,
    institution,
    urls: {
      manifest: ewpUrl(node, "manifest.xml"),
      echo: ewpUrl(node, "echo"),
      institutions: ewpUrl(node, "institutions"),
      ounits: ewpUrl(node, "ounits"),
      factsheet: ewpUrl(node, "factsheet"),
    },
    publicKey: publicKeyDer(node.key).toString("base64"),
  });
}
