import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";

export type OutgoingCondition = { iscedCode: string; eqfLevels: number[]; monthsPerStudent: number; languageCode: string | null; languageLevel: string | null };

/** Per partner, the outgoing conditions of its signed agreements covering this academic year: who may go there, for how long, with which language. */
export async function outgoingConditions(
  academicYear: string,
  partnerIds: string[],
  tx: Prisma.TransactionClient = db,
): Promise<Map<string, OutgoingCondition[]>> {
  const agreements = await tx.interInstitutionalAgreement.findMany({
    where: { partnerInstitutionId: { in: partnerIds }, status: "SIGNED", firstAcademicYear: { lte: academicYear }, lastAcademicYear: { gte: academicYear } },
    select: {
      partnerInstitutionId: true,
      conditions: {
        where: { direction: "OUTGOING" },
        orderBy: { position: "asc" },
        select: { iscedCode: true, eqfLevels: true, monthsPerStudent: true, languageCode: true, languageLevel: true },
      },
    },
  });
  const byPartner = new Map<string, OutgoingCondition[]>();
  for (const agreement of agreements)
    byPartner.set(agreement.partnerInstitutionId, [...(byPartner.get(agreement.partnerInstitutionId) ?? []), ...agreement.conditions]);
  return byPartner;
}
