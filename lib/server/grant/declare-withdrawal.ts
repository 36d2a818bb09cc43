import "server-only";
import { releasePlace } from "@/lib/server/selection/release-place";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { reviewableApplications } from "@/lib/server/application/access";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { GRANT_PAID_STATUSES, isActive } from "@/lib/domain/application/status";
import { paymentSchedule } from "@/lib/domain/grant/final-grant";
import { parseIsoDate } from "@/lib/domain/calendar";

import { owedFor } from "./withdrawal";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

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
        round: { select: { prefinancingPercent: true } },
        choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, startDate: true, endDate: true } },
        placeOffers: HELD_PLACE_SELECT,
      },
    });
    if (!application) throw new AppError("not_found");
    if (!isActive(application.status)) throw new AppError("refused", "not_allowed");
    const awarded = application.grantDecision?.awarded ? application.grantDecision.amount.toNumber() : 0;
    // What was paid at departure is the pre-financing share; the balance waits for the confirmed attendance.
    const received = GRANT_PAID_STATUSES.includes(application.status) ? paymentSchedule(awarded, null, application.round.prefinancingPercent).prefinancing : 0;
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
    // A place the student held goes down its waiting list at once.
    await releasePlace(tx, application.id, "RELEASED");
    const owed = owedFor(received, awarded, mobilityChoice(application.choices, application.placeOffers), returnDate, false);
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
