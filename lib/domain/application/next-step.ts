import type { ApplicationStatus } from "./status";
import type { PhaseChecklist } from "../dossier/checklist";
import type { DossierPhase, PieceKind } from "../dossier/pieces";

type NextStepKey =
  | "replacePieces"
  | "finishAndSubmit"
  | "makeChanges"
  | "waitForDecision"
  | "afterSelectionPieces"
  | "learningAgreement"
  | "beforeDeparturePieces"
  | "readyToLeave"
  | "enjoy"
  | "afterArrivalPieces";
type NextStep = { key: NextStepKey; due: Date | null; pieces?: PieceKind[] };

type RoundDates = { deadline: Date; afterSelectionPiecesDue: Date | null; beforeDeparturePiecesDue: Date | null };

function incomplete(checklist: PhaseChecklist[], phase: DossierPhase): boolean {
  return checklist.some((p) => p.phase === phase && p.open && !p.complete);
}

function phaseDue(phase: DossierPhase, round: RoundDates): Date | null {
  if (phase === "AFTER_SELECTION") return round.afterSelectionPiecesDue;
  if (phase === "BEFORE_DEPARTURE") return round.beforeDeparturePiecesDue;
  return null;
}

/**
 * What the student is expected to do next, and by when, from the
 * application's status and dossier. A piece the coordinator asked to
 * replace comes first, whatever the status: nothing moves until it is.
 */
export function nextStepFor(status: ApplicationStatus, checklist: PhaseChecklist[], round: RoundDates): NextStep | null {
  const toReplace = checklist.filter((p) => p.open).flatMap((p) => p.items.filter((i) => i.state === "to_replace").map((i) => ({ ...i, phase: p.phase })));
  if (toReplace.length > 0 && !["NOT_SELECTED", "COMPLETED", "WITHDRAWN"].includes(status)) {
    return { key: "replacePieces", due: phaseDue(toReplace[0]!.phase, round), pieces: toReplace.map((i) => i.kind) };
  }
  switch (status) {
    case "DRAFT":
      return { key: "finishAndSubmit", due: round.deadline };
    case "CHANGES_REQUESTED":
      return { key: "makeChanges", due: round.deadline };
    case "SUBMITTED":
    case "UNDER_REVIEW":
    case "WAITING_LIST":
      return { key: "waitForDecision", due: null };
    case "SELECTED":
    case "NOMINATED":
      if (incomplete(checklist, "AFTER_SELECTION")) return { key: "afterSelectionPieces", due: round.afterSelectionPiecesDue };
      return { key: "learningAgreement", due: null };
    case "LEARNING_AGREEMENT_SIGNED":
      if (incomplete(checklist, "AFTER_SELECTION")) return { key: "afterSelectionPieces", due: round.afterSelectionPiecesDue };
      if (incomplete(checklist, "BEFORE_DEPARTURE")) return { key: "beforeDeparturePieces", due: round.beforeDeparturePiecesDue };
      return { key: "readyToLeave", due: null };
    case "DEPARTED":
    case "ARRIVED":
      if (incomplete(checklist, "AFTER_ARRIVAL")) return { key: "afterArrivalPieces", due: null };
      return { key: "enjoy", due: null };
    default:
      return null;
  }
}
