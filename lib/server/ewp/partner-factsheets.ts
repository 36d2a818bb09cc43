import "server-only";
import { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { callPartner } from "./client";
import { readFactsheet } from "./documents/read-factsheet";
import { ewpNode } from "./node";
import { partnerApi, registryCatalogue } from "./registry";
import { validateAgainstSchema } from "./schema-validation";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reads one partner's fact sheet from its node; what does not validate against the schema is not kept. */
async function refresh(partner: { id: string; schacCode: string }): Promise<void> {
  try {
    const response = await callPartner({ heiId: partner.schacCode, api: "factsheet", endpoint: "url", form: { hei_id: partner.schacCode } });
    if (response.status !== 200) throw new Error(`answered ${response.status}`);
    const validation = await validateAgainstSchema("ewp-specs-api-factsheet/response.xsd", response.body);
    if (!validation.valid) throw new Error(`not a valid factsheet-response: ${validation.errors[0]}`);
    const content = readFactsheet(response.body);
    const data = { content: content ?? Prisma.DbNull, fetchedAt: new Date(), lastError: null };
    await db.partnerFactSheet.upsert({ where: { partnerInstitutionId: partner.id }, create: { partnerInstitutionId: partner.id, ...data }, update: data });
  } catch (error) {
    const message = String(error instanceof Error ? error.message : error).slice(0, 1000);
    console.error(`[ewp] the fact sheet of ${partner.schacCode} could not be read:`, message);
    await db.partnerFactSheet.upsert({
      where: { partnerInstitutionId: partner.id },
      create: { partnerInstitutionId: partner.id, lastError: message, fetchedAt: new Date() },
      update: { lastError: message, fetchedAt: new Date() },
    });
  }
}

/**
 * Reads again, in the background, the fact sheets of these partners that the
 * registry lists as serving one and that were not read in the last day (nor
 * tried: a partner that failed waits a day too).
 */
export async function refreshPartnerFactsheets(partnerIds: string[], now = Date.now()): Promise<void> {
  if (!ewpNode() || partnerIds.length === 0) return;
  const catalogue = await registryCatalogue();
  const partners = await db.partnerInstitution.findMany({
    where: { id: { in: partnerIds }, schacCode: { not: null } },
    select: { id: true, schacCode: true, factSheetThroughEwp: { select: { fetchedAt: true } } },
  });
  for (const partner of partners) {
    const fresh = partner.factSheetThroughEwp?.fetchedAt && now - partner.factSheetThroughEwp.fetchedAt.getTime() < DAY_MS;
    if (!fresh && partnerApi(catalogue, partner.schacCode!, "factsheet")) await refresh({ id: partner.id, schacCode: partner.schacCode! });
  }
}

const refreshing = new Set<string>();
/** Starts the reading without waiting for it: the catalogue shows what is kept, the next visit what was read. */
export function refreshPartnerFactsheetsSoon(partnerIds: string[]): void {
  const due = partnerIds.filter((id) => !refreshing.has(id));
  for (const id of due) refreshing.add(id);
  void refreshPartnerFactsheets(due)
    .catch((error: unknown) => console.error("[ewp] partner fact sheets:", error))
    .finally(() => due.forEach((id) => refreshing.delete(id)));
}
