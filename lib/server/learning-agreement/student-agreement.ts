import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { notify } from "@/lib/server/mail/notify";
import { recordAudit } from "@/lib/server/audit";
import { PORTAL_POSITIONS } from "@/lib/domain/learning-agreement/signatures";

/* What the student's operations on their agreement share; each operation lives in its own file beside this one. */

type Tx = Prisma.TransactionClient;

/** The student's own application, for an operation on its agreement. */
export async function ownApplication(tx: Tx, user: CurrentUser, applicationId: string) {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  const application = await tx.outgoingApplication.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: { id: true, status: true, arrivedAt: true, round: { select: { academicYear: true, learningAgreementChangeDays: true } } },
  });
  if (!application) throw new AppError("not_found");
  return application;
}

/** The home coordinators of the student's programme. */
async function sendingCoordinators(tx: Tx, applicationId: string) {
  const application = await tx.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: { programme: { select: { departmentId: true } } },
  });
  return tx.user.findMany({
    where: { role: "DEPARTMENTAL_COORDINATOR", departmentId: application.programme?.departmentId ?? "" },
    select: { email: true, locale: true, name: true },
  });
}

/**
 * A version the student proposes is signed by the student as it is written,
 * audited, and announced to the home coordinators, who sign next.
 */
export async function submitForSignatures(
  tx: Tx,
  user: CurrentUser,
  version: {
    applicationId: string;
    versionId: string;
    number: number;
    contentHash: string;
    action: "learning_agreement.proposed" | "learning_agreement.changes_proposed";
  },
): Promise<void> {
  const student = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });
  await tx.learningAgreementSignature.create({
    data: {
      versionId: version.versionId,
      party: "STUDENT",
      signerName: student.name,
      signerPosition: PORTAL_POSITIONS.student,
      signerEmail: student.email,
      signerApp: "erasmus-portal",
      contentHash: version.contentHash,
      userId: user.id,
    },
  });
  await recordAudit(tx, {
    actorId: user.id,
    action: version.action,
    entityType: "OutgoingApplication",
    entityId: version.applicationId,
    toState: `v${version.number}`,
  });
  for (const coordinator of await sendingCoordinators(tx, version.applicationId)) {
    await notify(tx, coordinator, "agreementToSign", { name: coordinator.name, student: user.name, number: version.number });
  }
}
