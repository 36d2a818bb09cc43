import "server-only";
import { db } from "@/lib/server/db/client";
import { NS, xmlDocument } from "../documents/namespaces";
import { EwpRefused, type EwpCall } from "../handle-request";
import { refreshIncomingLearningAgreementsSoon } from "../incoming-learning-agreements";

export const MAX_CNR_OMOBILITY_IDS = 100;

/**
 * OMobility LA CNR: a sending institution says its learning agreements
 * changed. Each is marked to be read again, at once and by the worker until
 * it is; the answer does not wait for that.
 */
export async function omobilityLaCnr({ parameters, heiIds }: EwpCall): Promise<string> {
  const sending = parameters.getAll("sending_hei_id");
  const ids = parameters.getAll("omobility_id");
  if (sending.length !== 1 || ids.length === 0) throw new EwpRefused(400, "sending_hei_id (once) and omobility_id are required.");
  if (ids.length > MAX_CNR_OMOBILITY_IDS) throw new EwpRefused(400, `At most ${MAX_CNR_OMOBILITY_IDS} omobility_id values per request.`);
  if (!heiIds.includes(sending[0]!)) throw new EwpRefused(400, "Your key does not cover this sending_hei_id.");
  for (const omobilityId of ids) {
    await db.incomingLearningAgreement.upsert({
      where: { sendingHeiId_omobilityId: { sendingHeiId: sending[0]!, omobilityId } },
      create: { sendingHeiId: sending[0]!, omobilityId },
      update: { refreshNeeded: true, nextAttemptAt: new Date() },
    });
  }
  refreshIncomingLearningAgreementsSoon();
  return xmlDocument({ "omobility-la-cnr-response": { "@xmlns": NS.laCnr } });
}
