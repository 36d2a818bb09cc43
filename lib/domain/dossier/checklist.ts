import type { ApplicationStatus } from "../application/status";
import { isEditableByStudent } from "../application/status";
import { DOSSIER_PHASES, isPhaseOpen, PHASE_OF, requiredPieces, SOURCE_OF, type DossierPhase, type DossierProfile, type PieceKind } from "./pieces";

export type PieceState = "missing" | "uploaded" | "accepted" | "to_replace";

export type RecordedPiece = { kind: PieceKind; status: "UPLOADED" | "ACCEPTED" | "TO_REPLACE"; reviewComment?: string | null };

export type ChecklistItem = {
  kind: PieceKind;
  state: PieceState;
  comment: string | null;
  /** Whether the student may upload (or replace) it now. */
  studentMayProvide: boolean;
};

export type PhaseChecklist = {
  phase: DossierPhase;
  open: boolean;
  items: ChecklistItem[];
  /** Every piece is there and none is to be replaced. */
  complete: boolean;
  /** Every piece has been accepted by a coordinator. */
  accepted: boolean;
  provided: number;
};

const STATE_OF = { UPLOADED: "uploaded", ACCEPTED: "accepted", TO_REPLACE: "to_replace" } as const;

function studentMayProvide(kind: PieceKind, state: PieceState, status: ApplicationStatus): boolean {
  if (SOURCE_OF[kind] !== "upload" && SOURCE_OF[kind] !== "bank_details_form") return false;
  if (state === "accepted" || !isPhaseOpen(PHASE_OF[kind], status) || status === "WITHDRAWN" || status === "NOT_SELECTED") return false;
  if (state === "to_replace") return true;
  // Once submitted, the application-phase pieces are frozen until a coordinator asks for a change.
  return PHASE_OF[kind] !== "APPLICATION" || isEditableByStudent(status);
}

/** The dossier's checklist: each required piece's state, phase by phase. */
export function buildChecklist(profile: DossierProfile, recorded: RecordedPiece[], status: ApplicationStatus): PhaseChecklist[] {
  const byKind = new Map(recorded.map((piece) => [piece.kind, piece]));
  const required = requiredPieces(profile);
  return DOSSIER_PHASES.map((phase) => {
    const items = required
      .filter((kind) => PHASE_OF[kind] === phase)
      .map((kind): ChecklistItem => {
        const piece = byKind.get(kind);
        const state: PieceState = piece ? STATE_OF[piece.status] : "missing";
        return { kind, state, comment: piece?.reviewComment ?? null, studentMayProvide: studentMayProvide(kind, state, status) };
      });
    return {
      phase,
      open: isPhaseOpen(phase, status),
      items,
      complete: items.every((item) => item.state === "uploaded" || item.state === "accepted"),
      accepted: items.every((item) => item.state === "accepted"),
      provided: items.filter((item) => item.state === "uploaded" || item.state === "accepted").length,
    };
  });
}

export function phaseOf(checklist: PhaseChecklist[], phase: DossierPhase): PhaseChecklist {
  return checklist.find((p) => p.phase === phase)!;
}
