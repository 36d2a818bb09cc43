import "server-only";
import { publicKeyDer } from "../http-signature";
import { ewpUrl, type EwpNode } from "../node";
import { manifestXml } from "../documents/manifest";
import { homeHei } from "./home-hei";
import { MAX_OMOBILITY_IDS } from "./omobility-las-get";
import { MAX_CNR_OMOBILITY_IDS } from "./omobility-la-cnr";
import { MAX_IIA_IDS } from "./iias";
import { MAX_OMOBILITIES } from "./omobilities";

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
      omobilityLas: {
        get: ewpUrl(node, "omobility-las/get"),
        index: ewpUrl(node, "omobility-las/index"),
        update: ewpUrl(node, "omobility-las/update"),
        stats: ewpUrl(node, "omobility-las/stats"),
      },
      omobilityLaCnr: ewpUrl(node, "omobility-la-cnr"),
      iias: { get: ewpUrl(node, "iias/get"), index: ewpUrl(node, "iias/index") },
      omobilities: { get: ewpUrl(node, "omobilities/get"), index: ewpUrl(node, "omobilities/index") },
    },
    maxOmobilityIds: MAX_OMOBILITY_IDS,
    maxCnrOmobilityIds: MAX_CNR_OMOBILITY_IDS,
    maxIiaIds: MAX_IIA_IDS,
    maxOmobilities: MAX_OMOBILITIES,
    publicKey: publicKeyDer(node.key).toString("base64"),
  });
}
