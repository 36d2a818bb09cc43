import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError, type ActionFailure } from "@/lib/server/errors";
import { phaseOf } from "@/lib/domain/dossier/checklist";
import { SELECTION_STATUSES, type ApplicationStatus } from "@/lib/domain/application/status";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { reviewableApplications } from "./access";
import { dossierSnapshot } from "./dossier-snapshot";
import { transitionApplication } from "./transition-application";
import { holdPlaceByHand } from "@/lib/server/selection/hold-place-by-hand";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { toIsoDate } from "@/lib/domain/calendar";
import { dayOf } from "@/lib/domain/round";

type Decision = { applicationId: string; version: number; to: ApplicationStatus; reason: string };

/** A coordinator moves an application on (review, select, waiting list, …), with the guards of the state machine. */
export async function decideApplication(user: CurrentUser, decision: Decision, options: { deliver?: boolean; now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const scope = reviewableApplications(user);
  if (!scope) throw new AppError("forbidden");
  if (decision.to === "WITHDRAWN") throw new AppError("refused", "withdrawal_not_a_decision");
  const version = await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { AND: [{ id: decision.applicationId }, scope] },
      select: {
        id: true,
        status: true,
        version: true,
        round: { select: { allocationConfirmedAt: true } },
        choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, startDate: true, endDate: true } },
        placeOffers: HELD_PLACE_SELECT,
        student: { select: { email: true, locale: true, name: true } },
      },
    });
    if (!application) throw new AppError("not_found");
    if (application.version !== decision.version) throw new AppError("conflict");
    // Once the round's places are allocated, selection follows the places (lib/server/selection), not a coordinator's click.
    if (application.round.allocationConfirmedAt && SELECTION_STATUSES.includes(decision.to)) throw new AppError("refused", "allocation_confirmed");
    const snapshot = await dossierSnapshot(tx, application.id);
    const applicationPhase = phaseOf(snapshot.checklist, "APPLICATION");
    const stay = mobilityChoice(application.choices, application.placeOffers);
    // Selected by hand before the allocation: the student is offered a place, the way the allocation would, and told by its e-mail.
    const byHand = decision.to === "SELECTED";
    if (byHand) await holdPlaceByHand(tx, application.id, application.student, decision.reason || null);
    return transitionApplication(tx, {
      applicationId: application.id,
      from: application.status,
      to: decision.to,
      ...(byHand ? { quiet: true as const } : {}),
      expectedVersion: decision.version,
      actor: "coordinator",
      actorId: user.id,
      student: application.student,
      context: {
        roundOpen: snapshot.roundOpen,
        eligible: snapshot.eligibility.verdict !== "not_eligible",
        applicationPiecesUploaded: applicationPhase.complete,
        applicationPiecesAccepted: applicationPhase.accepted,
        reason: decision.reason,
        today: dayOf(now),
        stay: stay ? { start: toIsoDate(stay.startDate), end: toIsoDate(stay.endDate) } : null,
        departurePiecesAccepted: phaseOf(snapshot.checklist, "AFTER_SELECTION").accepted && phaseOf(snapshot.checklist, "BEFORE_DEPARTURE").accepted,
        arrivalPiecesAccepted: phaseOf(snapshot.checklist, "AFTER_ARRIVAL").accepted,
      },
    });
  });
  if (options.deliver !== false) deliverSoon();
  return version;
}

/** One application's outcome in a batch: done, or the failure its own call would have given. */
type BulkOutcome = { id: string; ok: true } | (ActionFailure & { id: string });

/** The same decision on a selection, each application on its own: one refusal does not undo the others. */
export async function decideApplications(
  user: CurrentUser,
  applications: Array<{ id: string; version: number }>,
  to: ApplicationStatus,
  reason: string,
): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const application of applications) {
    try {
      await decideApplication(user, { applicationId: application.id, version: application.version, to, reason }, { deliver: false });
      outcomes.push({ id: application.id, ok: true });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      outcomes.push({ id: application.id, ok: false, error: error.code, detail: error.detail, fieldErrors: error.fieldErrors });
    }
  }
  deliverSoon();
  return outcomes;
}
