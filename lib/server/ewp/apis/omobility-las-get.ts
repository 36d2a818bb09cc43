import "server-only";
import { learningAgreementsGetResponseXml } from "../documents/learning-agreement";
import { EwpRefused, type EwpCall } from "../handle-request";
import { homeHei } from "./home-hei";
import { outgoingLearningAgreements } from "./outgoing-learning-agreements";

export const MAX_OMOBILITY_IDS = 20;

/** OMobility LAs `get`: the agreements asked for that the caller may see; others are left out, as the spec says. */
export async function omobilityLasGet({ parameters, heiIds }: EwpCall): Promise<string> {
  const institution = await homeHei();
  const sending = parameters.getAll("sending_hei_id");
  if (sending.length !== 1) throw new EwpRefused(400, "sending_hei_id is required, once.");
  const ids = parameters.getAll("omobility_id");
  if (ids.length === 0) throw new EwpRefused(400, "omobility_id is required.");
  if (ids.length > MAX_OMOBILITY_IDS) throw new EwpRefused(400, `At most ${MAX_OMOBILITY_IDS} omobility_id values per request.`);
  if (sending[0] !== institution.schacCode) return learningAgreementsGetResponseXml([]);
  const visible = await outgoingLearningAgreements(heiIds, { applicationId: { in: ids } });
  const byId = new Map(visible.map((la) => [la.omobilityId, la.element!]));
  return learningAgreementsGetResponseXml(ids.flatMap((id) => byId.get(id) ?? []));
}
