import "server-only";
import { db } from "@/lib/server/db/client";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { ewpNode } from "./node";
import { partnerApi, registryCatalogue } from "./registry";

/** How a learning agreement reaches the receiving institution: through EWP to its node, or by an e-mailed signing link. */
export type AgreementRoute = { way: "ewp"; heiId: string; sendingHeiId: string } | { way: "link" };

/**
 * Through EWP when this portal is a node and the registry's catalogue lists
 * the receiving institution (by its SCHAC code) as taking learning-agreement
 * notifications; by the e-mailed link otherwise, or when the catalogue cannot
 * be read (logged), so that no agreement waits on the network.
 */
export async function learningAgreementRoute(applicationId: string): Promise<AgreementRoute> {
  if (!ewpNode()) return { way: "link" };
  const application = await db.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      programme: { select: { department: { select: { homeInstitution: { select: { schacCode: true } } } } } },
      choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, partnerInstitution: { select: { schacCode: true } } } },
      placeOffers: HELD_PLACE_SELECT,
    },
  });
  const heiId = mobilityChoice(application.choices, application.placeOffers)?.partnerInstitution.schacCode;
  const sendingHeiId = application.programme?.department.homeInstitution.schacCode;
  if (!heiId || !sendingHeiId) return { way: "link" };
  try {
    return partnerApi(await registryCatalogue(), heiId, "omobility-la-cnr") ? { way: "ewp", heiId, sendingHeiId } : { way: "link" };
  } catch (error) {
    console.error("[ewp] the registry catalogue could not be read; the agreement goes by e-mailed link:", error);
    return { way: "link" };
  }
}
