/**
 * The outgoing application's life, from draft to completed mobility. Each
 * allowed move names who may make it and what must hold first; nothing else
 * changes an application's status.
 */
export const APPLICATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "CHANGES_REQUESTED",
  "SELECTED",
  "WAITING_LIST",
  "NOT_SELECTED",
  "NOMINATED",
  "LEARNING_AGREEMENT_SIGNED",
  "DEPARTED",
  "ARRIVED",
  "COMPLETED",
  "WITHDRAWN",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}

export type Actor = "student" | "coordinator" | "system";

/** Statuses in which a first learning agreement is prepared: once selected, until departure. */
export const FIRST_AGREEMENT_STATUSES: readonly ApplicationStatus[] = ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED"];

/** Statuses in which the student has a learning agreement to prepare, sign or change. */
export const AGREEMENT_STATUSES: readonly ApplicationStatus[] = [...FIRST_AGREEMENT_STATUSES, "DEPARTED", "ARRIVED", "COMPLETED"];

/** Statuses in which the end of the mobility (attendance, transcript, recognition) is shown: once arrived. */
export const END_OF_STAY_STATUSES: readonly ApplicationStatus[] = ["ARRIVED", "COMPLETED"];

/** Statuses in which the grant's pre-financing has been paid: the student has left. */
export const GRANT_PAID_STATUSES: readonly ApplicationStatus[] = ["DEPARTED", "ARRIVED"];

/** Statuses from which nothing moves on. */
const FINAL_STATUSES: readonly ApplicationStatus[] = ["NOT_SELECTED", "COMPLETED", "WITHDRAWN"];

export function isActive(status: ApplicationStatus): boolean {
  return !FINAL_STATUSES.includes(status);
}

type Guard =
  | "roundOpen"
  | "eligible"
  | "applicationPiecesUploaded"
  | "applicationPiecesAccepted"
  | "reason"
  | "stayStarting"
  | "departurePiecesAccepted"
  | "arrivalPiecesAccepted"
  | "attendanceConfirmed"
  | "transcriptEntered";

type Transition = { from: readonly ApplicationStatus[]; to: ApplicationStatus; by: readonly Actor[]; guards: readonly Guard[] };

const TRANSITIONS: readonly Transition[] = [
  { from: ["DRAFT", "CHANGES_REQUESTED"], to: "SUBMITTED", by: ["student"], guards: ["roundOpen", "eligible", "applicationPiecesUploaded"] },
  { from: ["SUBMITTED"], to: "UNDER_REVIEW", by: ["coordinator"], guards: [] },
  { from: ["SUBMITTED", "UNDER_REVIEW"], to: "CHANGES_REQUESTED", by: ["coordinator"], guards: ["reason"] },
  // The system selects a waiting candidate when a place frees for them (lib/server/selection).
  { from: ["SUBMITTED", "UNDER_REVIEW", "WAITING_LIST"], to: "SELECTED", by: ["coordinator", "system"], guards: ["applicationPiecesAccepted"] },
  { from: ["SUBMITTED", "UNDER_REVIEW"], to: "WAITING_LIST", by: ["coordinator"], guards: [] },
  { from: ["SUBMITTED", "UNDER_REVIEW", "WAITING_LIST"], to: "NOT_SELECTED", by: ["coordinator"], guards: ["reason"] },
  { from: ["SELECTED"], to: "NOMINATED", by: ["coordinator"], guards: [] },
  { from: ["NOMINATED"], to: "LEARNING_AGREEMENT_SIGNED", by: ["system"], guards: [] },
  // The pieces of the phases that end must be accepted: the ECTS forms, contract, bank details and card before leaving; the certificates before completing.
  {
    from: ["LEARNING_AGREEMENT_SIGNED"],
    to: "DEPARTED",
    by: ["student", "coordinator"],
    guards: ["stayStarting", "departurePiecesAccepted"],
  },
  { from: ["DEPARTED"], to: "ARRIVED", by: ["student", "coordinator"], guards: ["stayStarting"] },
  // Only recording the recognition completes a mobility (lib/server/end-of-stay/record-recognition.ts): after the host
  // confirmed the actual days (so the stay is over) and sent the transcript.
  { from: ["ARRIVED"], to: "COMPLETED", by: ["system"], guards: ["attendanceConfirmed", "transcriptEntered", "arrivalPiecesAccepted"] },
];

export type TransitionContext = {
  roundOpen: boolean;
  eligible: boolean;
  applicationPiecesUploaded: boolean;
  applicationPiecesAccepted: boolean;
  reason?: string | null;
  /** Today and the stay's planned first and last days (ISO dates), for the moves of the mobility itself. */
  today?: string;
  stay?: { start: string; end: string } | null;
  /** Whether every piece of the after-selection and before-departure phases is accepted. */
  departurePiecesAccepted?: boolean;
  /** Whether every piece of the after-arrival phase is accepted. */
  arrivalPiecesAccepted?: boolean;
  /** Whether the stay's actual days are confirmed, and the host's transcript of records entered. */
  attendanceConfirmed?: boolean;
  transcriptEntered?: boolean;
};

/** How long before the stay's first day its departure or arrival may be recorded: travel comes a little early. */
export const STAY_MARGIN_DAYS = 14;

function daysBefore(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
}

type TransitionCheck = { ok: true } | { ok: false; reason: TransitionRefusal };

type TransitionRefusal =
  | "not_allowed"
  | "not_your_move"
  | "round_closed"
  | "not_eligible"
  | "pieces_missing"
  | "pieces_not_accepted"
  | "reason_required"
  | "stay_not_started"
  | "departure_pieces_not_accepted"
  | "arrival_pieces_not_accepted"
  | "attendance_not_confirmed"
  | "transcript_missing";

const GUARD_REFUSAL: Record<Guard, TransitionRefusal> = {
  roundOpen: "round_closed",
  eligible: "not_eligible",
  applicationPiecesUploaded: "pieces_missing",
  applicationPiecesAccepted: "pieces_not_accepted",
  reason: "reason_required",
  stayStarting: "stay_not_started",
  departurePiecesAccepted: "departure_pieces_not_accepted",
  arrivalPiecesAccepted: "arrival_pieces_not_accepted",
  attendanceConfirmed: "attendance_not_confirmed",
  transcriptEntered: "transcript_missing",
};

function withdrawal(from: ApplicationStatus): Transition | null {
  // The system withdraws an application whose offered place was not answered in time.
  return isActive(from) ? { from: [from], to: "WITHDRAWN", by: ["student", "coordinator", "system"], guards: [] } : null;
}

function findTransition(from: ApplicationStatus, to: ApplicationStatus): Transition | null {
  if (to === "WITHDRAWN") return withdrawal(from);
  return TRANSITIONS.find((t) => t.to === to && t.from.includes(from)) ?? null;
}

function guardHolds(guard: Guard, context: TransitionContext): boolean {
  if (guard === "reason") return Boolean(context.reason?.trim());
  if (guard === "stayStarting") {
    const day = context.stay?.start;
    return Boolean(day && context.today && context.today >= daysBefore(day, STAY_MARGIN_DAYS));
  }
  return context[guard] ?? false;
}

/** Whether `actor` may move an application from `from` to `to` now. */
export function checkTransition(from: ApplicationStatus, to: ApplicationStatus, actor: Actor, context: TransitionContext): TransitionCheck {
  const transition = findTransition(from, to);
  if (!transition) return { ok: false, reason: "not_allowed" };
  if (!transition.by.includes(actor)) return { ok: false, reason: "not_your_move" };
  const failed = transition.guards.find((guard) => !guardHolds(guard, context));
  return failed ? { ok: false, reason: GUARD_REFUSAL[failed] } : { ok: true };
}

/** The moves an actor could make from a status, guards aside: what the UI offers. */
export function nextStatuses(from: ApplicationStatus, actor: Actor): ApplicationStatus[] {
  const moves = TRANSITIONS.filter((t) => t.from.includes(from) && t.by.includes(actor)).map((t) => t.to);
  const withdraw = withdrawal(from);
  if (withdraw && withdraw.by.includes(actor)) moves.push("WITHDRAWN");
  return moves;
}

/** The outcomes of the selection: once a round's places are allocated, the allocation gives them (lib/server/selection), not a coordinator's decision. */
export const SELECTION_STATUSES: readonly ApplicationStatus[] = ["SELECTED", "WAITING_LIST", "NOT_SELECTED"];

/**
 * The moves a coordinator decides with the decision form. A withdrawal is
 * not one of them: it is declared through the withdrawal, which records the
 * reason, computes what must be paid back and tells the staff. Nor, once
 * the round's places are allocated, the outcomes of the selection.
 */
export function decisionMoves(from: ApplicationStatus, { placesAllocated = false } = {}): ApplicationStatus[] {
  return nextStatuses(from, "coordinator").filter((status) => status !== "WITHDRAWN" && !(placesAllocated && SELECTION_STATUSES.includes(status)));
}

/** Whether the student may still edit the application form. */
export function isEditableByStudent(status: ApplicationStatus): boolean {
  return status === "DRAFT" || status === "CHANGES_REQUESTED";
}
