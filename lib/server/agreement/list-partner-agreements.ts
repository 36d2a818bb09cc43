import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";

/** A partner's agreements, newest span first, for its page. */
export async function listPartnerAgreements(user: CurrentUser, partnerInstitutionId: string) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.interInstitutionalAgreement.findMany({
    where: { partnerInstitutionId },
    orderBy: [{ firstAcademicYear: "desc" }, { createdAt: "desc" }],
    select: {
      id: true,
      firstAcademicYear: true,
      lastAcademicYear: true,
      status: true,
      signedCopyId: true,
      _count: { select: { conditions: true } },
      conditions: { where: { direction: "OUTGOING" }, select: { studentsPerYear: true } },
    },
  });
}
