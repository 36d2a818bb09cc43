import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { readableApplications, reviewableApplications } from "@/lib/server/application/access";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { amountOwed } from "@/lib/domain/grant/reimbursement";
import { GRANT_PAID_STATUSES, isActive } from "@/lib/domain/application/status";
import { daysInclusive, parseIsoDate } from "@/lib/domain/calendar";
import { safeDisplayName } from "@/lib/domain/dossier/document-content";
import { receiveUpload } from "@/lib/server/dossier/receive-upload";
import { storeUpload } from "@/lib/server/storage/store-upload";
import { env } from "@/lib/server/env";

export type WithdrawalView = {
  reason: string;
  returnDate: Date | null;
  forceMajeureReported: boolean;
  evidenceFileId: string | null;
  agencyAcceptedAt: Date | null;
  amountReceived: number;
  amountOwed: number;
  createdAt: Date;
};

/** The grant is paid at departure: a student who leaves later has received it. */

function owedFor(
  received: number,
  awarded: number,
  choice: { startDate: Date; endDate: Date } | undefined,
  returnDate: Date | null,
  forceMajeureAccepted: boolean,
) {
  const plannedDays = choice ? daysInclusive(choice.startDate, choice.endDate) : 0;
  const daysSpent = choice && returnDate ? Math.max(0, daysInclusive(choice.startDate, returnDate)) : 0;
  return amountOwed({ received, awarded, plannedDays, daysSpent, forceMajeureAccepted }).owed;
}

/**
 * The student or a coordinator declares a withdrawal or an early return: the
 * application is withdrawn, what must be paid back is computed, and the
 * responsible teacher and the international office are told at once.
 */
export async function declareWithdrawal(
  user: CurrentUser,
  input: { applicationId: string; reason: string; returnDate: string; forceMajeure: boolean },
): Promise<void> {
  const scope = user.role === "STUDENT" ? { studentId: user.id } : reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { AND: [{ id: input.applicationId }, scope] },
      select: {
        id: true,
        status: true,
        version: true,
        firstName: true,
        lastName: true,
        programme: { select: { departmentId: true } },
        student: { select: { email: true, locale: true, name: true } },
        grantDecision: { select: { awarded: true, amount: true } },
        choices: { where: { rank: 1 }, select: { startDate: true, endDate: true } },
      },
    });
    if (!application) throw new AppError("not_found");
    if (!isActive(application.status)) throw new AppError("refused", "not_allowed");
    const awarded = application.grantDecision?.awarded ? application.grantDecision.amount.toNumber() : 0;
    const received = GRANT_PAID_STATUSES.includes(application.status) ? awarded : 0;
    const returnDate = input.returnDate ? parseIsoDate(input.returnDate) : null;
    await transitionApplication(tx, {
      applicationId: application.id,
      from: application.status,
      to: "WITHDRAWN",
      expectedVersion: application.version,
      actor: user.role === "STUDENT" ? "student" : "coordinator",
      actorId: user.id,
      student: application.student,
      context: { roundOpen: true, eligible: true, applicationPiecesUploaded: true, applicationPiecesAccepted: true, reason: input.reason },
    });
    const owed = owedFor(received, awarded, application.choices[0], returnDate, false);
    await tx.withdrawal.create({
      data: {
        applicationId: application.id,
        declaredById: user.id,
        reason: input.reason,
        returnDate,
        forceMajeureReported: input.forceMajeure,
        amountReceived: received,
        amountOwed: owed,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "withdrawal.declared",
      entityType: "OutgoingApplication",
      entityId: application.id,
      reason: `${input.reason} (owed ${owed.toFixed(2)} €)`,
    });
    const staff = await tx.user.findMany({
      where: { OR: [{ role: "INTERNATIONAL_OFFICE" }, { role: "DEPARTMENTAL_COORDINATOR", departmentId: application.programme?.departmentId ?? "" }] },
      select: { email: true, locale: true, name: true },
    });
    const student = displayName(application, application.student.name);
    for (const person of staff) await notify(tx, person, "withdrawalDeclared", { name: person.name, student, reason: input.reason, owed });
  });
  deliverSoon();
}

/** The international office records the national agency's written acceptance of a force majeure; what is owed is computed again. */
export async function recordForceMajeureAcceptance(user: CurrentUser, applicationId: string, now = new Date()): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const withdrawal = await tx.withdrawal.findUnique({
      where: { applicationId },
      include: {
        application: {
          select: { grantDecision: { select: { awarded: true, amount: true } }, choices: { where: { rank: 1 }, select: { startDate: true, endDate: true } } },
        },
      },
    });
    if (!withdrawal) throw new AppError("not_found");
    if (!withdrawal.forceMajeureReported) throw new AppError("refused", "no_force_majeure");
    if (!withdrawal.evidenceFileId) throw new AppError("refused", "no_force_majeure_evidence");
    const awarded = withdrawal.application.grantDecision?.awarded ? withdrawal.application.grantDecision.amount.toNumber() : 0;
    const owed = owedFor(withdrawal.amountReceived.toNumber(), awarded, withdrawal.application.choices[0], withdrawal.returnDate, true);
    await tx.withdrawal.update({ where: { id: withdrawal.id }, data: { agencyAcceptedAt: now, amountOwed: owed } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "withdrawal.force_majeure_accepted",
      entityType: "OutgoingApplication",
      entityId: applicationId,
      reason: `owed ${owed.toFixed(2)} €`,
    });
  });
}

export async function getWithdrawal(user: CurrentUser, applicationId: string): Promise<WithdrawalView | null> {
  const row = await db.withdrawal.findFirst({ where: { applicationId, application: readableApplications(user) } });
  if (!row) return null;
  return {
    reason: row.reason,
    returnDate: row.returnDate,
    forceMajeureReported: row.forceMajeureReported,
    evidenceFileId: row.evidenceFileId,
    agencyAcceptedAt: row.agencyAcceptedAt,
    amountReceived: row.amountReceived.toNumber(),
    amountOwed: row.amountOwed.toNumber(),
    createdAt: row.createdAt,
  };
}

/** The institution's written report of a force majeure, uploaded by the application's coordinators; checked like any document. */
export async function uploadForceMajeureEvidence(
  user: CurrentUser,
  applicationId: string,
  fileName: string,
  body: ReadableStream<Uint8Array> | null,
): Promise<{ fileId: string }> {
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  const withdrawal = await db.withdrawal.findFirst({ where: { applicationId, application: scope }, select: { id: true, forceMajeureReported: true } });
  if (!withdrawal) throw new AppError("not_found");
  if (!withdrawal.forceMajeureReported) throw new AppError("refused", "no_force_majeure");
  const upload = await receiveUpload(body, env().UPLOAD_MAX_BYTES);
  return storeUpload(upload, (stored) =>
    db.$transaction(async (tx) => {
      const file = await tx.storedFile.create({
        data: { ...stored, originalName: safeDisplayName(fileName, upload.contentType), uploadedById: user.id },
        select: { id: true },
      });
      await tx.withdrawal.update({ where: { id: withdrawal.id }, data: { evidenceFileId: file.id } });
      await recordAudit(tx, { actorId: user.id, action: "withdrawal.evidence_uploaded", entityType: "OutgoingApplication", entityId: applicationId });
      return { fileId: file.id };
    }),
  );
}
