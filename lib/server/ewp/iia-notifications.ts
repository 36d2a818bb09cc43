import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { ewpNode } from "./node";
import { notifyPartner } from "./notifications";
import { partnerApi, registryCatalogue } from "./registry";

/**
 * IIA CNR v3: an agreement changed here is announced to the partner's node,
 * when the registry lists the partner (by its SCHAC code) as taking such
 * notifications; written in the transaction of the change. A catalogue that
 * cannot be read leaves the change unannounced (logged): partners may still
 * read it through the index.
 */
export async function announceAgreementChange(tx: Prisma.TransactionClient, partnerInstitutionId: string, iiaId: string): Promise<void> {
  if (!ewpNode()) return;
  const partner = await tx.partnerInstitution.findUnique({ where: { id: partnerInstitutionId }, select: { schacCode: true } });
  if (!partner?.schacCode) return;
  try {
    if (!partnerApi(await registryCatalogue(), partner.schacCode, "iia-cnr")) return;
  } catch (error) {
    console.error("[ewp] the registry catalogue could not be read; the agreement's change is not announced:", error);
    return;
  }
  await notifyPartner(tx, { api: "iia-cnr", heiId: partner.schacCode, parameters: { iia_id: iiaId } });
}
