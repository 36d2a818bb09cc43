import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import type { TAgreementInput } from "@/lib/validation/agreement";

/** An agreement as the office's form edits it, with its partner, version and signed copy; null if there is none. */
export async function getAgreementForEditing(user: CurrentUser, id: string) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const agreement = await db.interInstitutionalAgreement.findUnique({
    where: { id },
    select: {
      id: true,
      version: true,
      partnerInstitution: { select: { id: true, name: true } },
      firstAcademicYear: true,
      lastAcademicYear: true,
      status: true,
      signedCopy: { select: { id: true, originalName: true, uploadedAt: true } },
      conditions: { orderBy: { position: "asc" } },
    },
  });
  if (!agreement) return null;
  const values: TAgreementInput = {
    partnerInstitutionId: agreement.partnerInstitution.id,
    firstAcademicYear: agreement.firstAcademicYear,
    lastAcademicYear: agreement.lastAcademicYear,
    status: agreement.status,
    conditions: agreement.conditions.map((c) => ({
      direction: c.direction,
      iscedCode: c.iscedCode,
      eqfLevels: c.eqfLevels.map(String),
      studentsPerYear: c.studentsPerYear,
      monthsPerStudent: c.monthsPerStudent,
      languageCode: (c.languageCode ?? "") as TAgreementInput["conditions"][number]["languageCode"],
      languageLevel: (c.languageLevel ?? "") as TAgreementInput["conditions"][number]["languageLevel"],
      departmentId: c.departmentId ?? "",
    })),
  };
  return { id: agreement.id, version: agreement.version, partner: agreement.partnerInstitution, signedCopy: agreement.signedCopy, values };
}
