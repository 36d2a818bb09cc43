import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { destinationsFromAgreements } from "@/lib/domain/agreement";

/** The destinations the signed agreements give a round of this academic year, with their places (`destinationsFromAgreements`). */
export async function proposedDestinations(academicYear: string, tx: Prisma.TransactionClient = db) {
  const agreements = await tx.interInstitutionalAgreement.findMany({
    where: { status: "SIGNED", firstAcademicYear: { lte: academicYear }, lastAcademicYear: { gte: academicYear } },
    orderBy: { partnerInstitution: { name: "asc" } },
    select: {
      partnerInstitutionId: true,
      firstAcademicYear: true,
      lastAcademicYear: true,
      status: true,
      conditions: { orderBy: { position: "asc" }, select: { direction: true, studentsPerYear: true, iscedCode: true, eqfLevels: true } },
    },
  });
  return destinationsFromAgreements(agreements, academicYear);
}
