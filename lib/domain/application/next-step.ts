import type { ApplicationStatus } from "./status";
import type { PhaseChecklist } from "../dossier/checklist";
import type { DossierPhase } from "../dossier/pieces";

type NextStepKey =
  | "finishAndSubmit"
  | "makeChanges"
  | "waitForDecision"
  | "afterSelectionPieces"
  | "learningAgreement"
  | "beforeDeparturePieces"
  | "readyToLeave"
  | "enjoy"
  | "afterArrivalPieces";
type NextStep = { key: NextStepKey; due: Date | null };

type RoundDates = { deadline: Date; afterSelectionPiecesDue: Date | null; beforeDeparturePiecesDue: Date | null };

function incomplete(checklist: PhaseChecklist[], phase: DossierPhase): boolean {
  return checklist.some((p) => p.phase === phase && p.open && !p.complete);
}

/** What the student is expected to do next, and by when, from the application's status and dossier. */
export function nextStepFor(status: ApplicationStatus, checklist: PhaseChecklist[], round: RoundDates): NextStep | null {
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
