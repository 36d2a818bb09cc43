import type { FieldMessageKey } from "@/lib/i18n/message";

/** Errors a caller can cause, each with a code the UI translates. */
export type AppErrorCode = "unauthenticated" | "forbidden" | "not_found" | "conflict" | "invalid" | "rate_limited" | "refused";

/**
 * Every reason an operation refuses a request that is well formed: a guard
 * of a workflow, a deadline, a signature on a version that changed. Each has
 * a text under `errors.refusals` in both catalogues (checked by the
 * catalogue's type and by tests/unit/i18n.test.ts).
 */
export const REFUSALS = [
  // The outgoing application's workflow (lib/domain/application/status.ts).
  "not_allowed",
  "not_your_move",
  "round_closed",
  "not_eligible",
  "pieces_missing",
  "pieces_not_accepted",
  "stay_not_started",
  "departure_pieces_not_accepted",
  "arrival_pieces_not_accepted",
  "attendance_not_confirmed",
  "transcript_missing",
  "reason_required",
  "withdrawal_not_a_decision",
  "not_editable",
  "step_incomplete",
  "piece_missing",
  "piece_not_open",
  // The learning agreement's versions and signatures.
  "office_approval_required",
  "agreement_not_open",
  "agreement_already_agreed",
  "not_proposed",
  "stale_version",
  "already_signed",
  "student_first",
  "change_window_closed",
  "no_agreed_version",
  "proposal_pending",
  "invitation_invalid",
  "invitation_expired",
  "invitation_revoked",
  "invitation_used",
  "no_host_contact",
  "host_recipient_unknown",
  // The end of the mobility.
  "not_arrived",
  "recognition_recorded",
  "not_longer_stay",
  "recognition_incomplete",
  "shortfall_reason_required",
  "manual_reason_required",
  "scan_not_accepted",
  "no_grading_table",
  // Grants and withdrawals.
  "grants_not_published",
  "grants_published",
  "no_amendment",
  "no_force_majeure",
  "no_force_majeure_evidence",
  // Incoming students.
  "deadline_passed",
  "already_decided",
  // Set-up of the year.
  "last_administrator",
  "home_institution_missing",
  "round_exists",
  "round_has_applications",
  "destination_chosen",
  // The allocation of places.
  "allocation_confirmed",
  "allocation_not_confirmed",
  "no_candidates",
  "no_open_offer",
  "offer_lapsed",
  "destination_full",
  "no_free_place",
  "destination_not_chosen",
  "places_below_held",
  "quotas_fixed",
  "no_unfilled_places",
  // Erasmus Without Paper: the partner's node could not be reached, or refused the request.
  "partner_unreachable",
] as const;
export type Refusal = (typeof REFUSALS)[number];

/** Field errors keyed by dotted path, each a catalogue key (see `FieldMessageKey`). */
export type FieldErrors = Record<string, FieldMessageKey>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** For a refusal, the reason the caller reads. */
  readonly detail?: Refusal;
  readonly fieldErrors?: FieldErrors;

  constructor(code: "refused", detail: Refusal, fieldErrors?: FieldErrors);
  constructor(code: "invalid", detail: undefined, fieldErrors: FieldErrors);
  constructor(code: Exclude<AppErrorCode, "refused" | "invalid">);
  constructor(code: AppErrorCode, detail?: Refusal, fieldErrors?: FieldErrors) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = "AppError";
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

/** Why an operation did not run, as a form or a batch reports it: the caller's mistake (a code of AppError), a database outage, or an internal error with a reference to the log. */
export type ActionFailure = {
  ok: false;
  error: AppErrorCode | "unavailable" | "internal";
  detail?: Refusal;
  fieldErrors?: FieldErrors;
  reference?: string;
};
