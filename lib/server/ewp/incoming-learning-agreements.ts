import "server-only";
import { DOMParser, XMLSerializer } from "@xmldom/xmldom";
import { childElement as element } from "./documents/dom";
import { db } from "@/lib/server/db/client";
import { callPartner } from "./client";
import { ewpNode } from "./node";

/** How long an agreement whose reading failed waits before the next. */
const RETRY_MS = 10 * 60 * 1000;
const LA = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd";

/** What the portal keeps of a sending node's `get` answer: the `la` element, the student's name, the open proposal's id. */
export function readGetResponse(xml: string): { document: string; studentName: string; proposalId: string | null } | null {
  const la = new DOMParser().parseFromString(xml, "text/xml").getElementsByTagNameNS(LA, "la")[0];
  if (!la) return null;
  const student = element(la, "student");
  const name = ["given-names", "family-name"].map((n) => element(student, n)?.textContent?.trim() ?? "").filter(Boolean);
  return {
    document: new XMLSerializer().serializeToString(la),
    studentName: name.join(" "),
    proposalId: element(la, "changes-proposal")?.getAttribute("id") ?? null,
  };
}

/** Reads again, from its sending node, one agreement a CNR announced; a failure is kept, and tried again later. */
async function refresh(row: { id: string; sendingHeiId: string; omobilityId: string }): Promise<void> {
  try {
    const response = await callPartner({
      heiId: row.sendingHeiId,
      api: "omobility-las",
      endpoint: "get-url",
      form: { sending_hei_id: row.sendingHeiId, omobility_id: row.omobilityId },
    });
    if (response.status !== 200) throw new Error(`answered ${response.status}: ${response.body.slice(0, 500)}`);
    const read = readGetResponse(response.body);
    await db.incomingLearningAgreement.update({
      where: { id: row.id },
      data: { ...(read ?? { document: null, proposalId: null }), refreshNeeded: false, fetchedAt: new Date(), lastError: null },
    });
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).slice(0, 1000);
    console.error(`[ewp] reading ${row.omobilityId} from ${row.sendingHeiId} failed:`, message);
    await db.incomingLearningAgreement.update({ where: { id: row.id }, data: { lastError: message, nextAttemptAt: new Date(Date.now() + RETRY_MS) } });
  }
}

/** Reads again every agreement a partner announced and not yet read; one whose reading failed waits RETRY_MS. */
export async function refreshIncomingLearningAgreements(now = new Date()): Promise<void> {
  if (!ewpNode()) return;
  const due = await db.incomingLearningAgreement.findMany({
    where: { refreshNeeded: true, nextAttemptAt: { lte: now } },
    select: { id: true, sendingHeiId: true, omobilityId: true },
    take: 20,
  });
  for (const row of due) await refresh(row);
}

let refreshing: Promise<void> | null = null;
export function refreshIncomingLearningAgreementsSoon(): void {
  refreshing ??= refreshIncomingLearningAgreements()
    .catch((error: unknown) => console.error("[ewp] incoming learning agreements:", error))
    .finally(() => (refreshing = null));
}
