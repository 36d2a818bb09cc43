import "server-only";
import { learningAgreementsIndexResponseXml } from "../documents/learning-agreement";
import { EwpRefused, type EwpCall } from "../handle-request";
import { homeHei } from "./home-hei";
import { outgoingLearningAgreements } from "./outgoing-learning-agreements";

/** OMobility LAs `index`: the ids of the agreements the caller may see, filtered as asked (parameters AND-ed, values OR-ed). */
export async function omobilityLasIndex({ parameters, heiIds }: EwpCall): Promise<string> {
  const institution = await homeHei();
  const sending = parameters.getAll("sending_hei_id");
  if (sending.length !== 1) throw new EwpRefused(400, "sending_hei_id is required, once.");
  const receiving = parameters.getAll("receiving_hei_id");
  const year = parameters.get("receiving_academic_year_id");
  if (year !== null && !/^\d{4}\/\d{4}$/.test(year)) throw new EwpRefused(400, "receiving_academic_year_id must read YYYY/YYYY.");
  const since = parameters.get("modified_since");
  const sinceTime = since === null ? null : Date.parse(since);
  if (sinceTime !== null && Number.isNaN(sinceTime)) throw new EwpRefused(400, "modified_since must be an xs:dateTime.");
  const type = parameters.get("mobility_type");
  if (type !== null && !["blended", "doctoral", "semester"].includes(type)) throw new EwpRefused(400, "mobility_type must be blended, doctoral or semester.");
  // The portal runs semester mobilities only.
  if (sending[0] !== institution.schacCode || (type !== null && type !== "semester")) return learningAgreementsIndexResponseXml([]);
  const globalId = parameters.get("global_id");
  const las = (await outgoingLearningAgreements(heiIds)).filter(
    (la) =>
      (receiving.length === 0 || receiving.includes(la.receivingHeiId!)) &&
      (year === null || la.academicYear?.replace("-", "/") === year) &&
      (globalId === null || la.globalId === globalId) &&
      (sinceTime === null || la.modifiedAt.getTime() > sinceTime),
  );
  return learningAgreementsIndexResponseXml(las.map((la) => la.omobilityId));
}
