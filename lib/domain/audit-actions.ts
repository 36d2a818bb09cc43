/** Every kind of event the audit log records; the timeline has a label for each. */
export const AUDIT_ACTIONS = [
  "agreement.created",
  "agreement.updated",
  "agreement.signed_copy_uploaded",
  "allocation.settings_changed",
  "allocation.candidate_marked",
  "allocation.rank_adjusted",
  "allocation.proposal_moved",
  "allocation.confirmed",
  "allocation.nominated",
  "place.accepted",
  "place.declined",
  "place.lapsed",
  "place.moved_up",
  "application.created",
  "application.status_changed",
  "piece.uploaded",
  "programme.saved",
  "piece.accepted",
  "piece.replacement_requested",
  "department.saved",
  "factsheet.updated",
  "grants.grades_imported",
  "grants.published",
  "grants.amended",
  "grants.settings_changed",
  "incoming.decided",
  "institution.updated",
  "learning_agreement.proposed",
  "learning_agreement.changes_proposed",
  "learning_agreement.deleted",
  "learning_agreement.host_reinvited",
  "learning_agreement.office_approved",
  "learning_agreement.rejected",
  "learning_agreement.signed",
  "partner.created",
  "partner.updated",
  "round.copied",
  "round.deleted",
  "round.destinations_changed",
  "round.eligible_nationalities_changed",
  "staff.invited",
  "staff.invitation_revoked",
  "staff.joined",
  "staff.role_changed",
  "staff.deactivated",
  "staff.reactivated",
  "student.signed_up",
  "round.office_approval_changed",
  "round.saved",
  "withdrawal.declared",
  "withdrawal.evidence_uploaded",
  "withdrawal.force_majeure_accepted",
  "end_of_stay.host_invited",
  "end_of_stay.attendance_confirmed",
  "end_of_stay.transcript_entered",
  "end_of_stay.longer_stay_amended",
  "end_of_stay.recognised",
  "grading_table.saved",
  "incoming_learning_agreement.approved",
  "incoming_learning_agreement.commented",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type Underscored<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${Underscored<Tail>}` : S;
/** The catalogue key of an action's label under `timeline.actions` (a catalogue key cannot hold dots). */
export type AuditLabel = Underscored<AuditAction>;

export function isAuditAction(value: string): value is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(value);
}

export function auditLabel(action: AuditAction): AuditLabel {
  return action.replaceAll(".", "_") as AuditLabel;
}
