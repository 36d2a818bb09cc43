/**
 * The pieces of "Le dossier des étudiants complet" in
 * shared/seeds/outgoing-erasmus-rules-fr.txt, by phase.
 */
import type { ApplicationStatus } from "../application/status";

export const DOSSIER_PHASES = ["APPLICATION", "AFTER_SELECTION", "BEFORE_DEPARTURE", "AFTER_ARRIVAL"] as const;
export type DossierPhase = (typeof DOSSIER_PHASES)[number];

export const PIECE_KINDS = [
  "MOTIVATION_LETTER",
  "ACADEMIC_RECORD",
  "EXAM_REGISTRATION",
  "SCHOLARSHIP_NOTIFICATION",
  "RESIDENT_CARD_COPY",
  "DECLARATION_ON_HONOUR",
  "ECTS_APPLICATION_FORM",
  "ECTS_TRANSCRIPT",
  "LEARNING_AGREEMENT",
  "STUDENT_CONTRACT",
  "BANK_DETAILS",
  "STUDENT_CARD",
  "ATTENDANCE_CERTIFICATE",
  "ENROLMENT_CERTIFICATE",
] as const;
export type PieceKind = (typeof PIECE_KINDS)[number];

export function isPieceKind(value: string): value is PieceKind {
  return (PIECE_KINDS as readonly string[]).includes(value);
}

export const PHASE_OF: Record<PieceKind, DossierPhase> = {
  MOTIVATION_LETTER: "APPLICATION",
  ACADEMIC_RECORD: "APPLICATION",
  EXAM_REGISTRATION: "APPLICATION",
  SCHOLARSHIP_NOTIFICATION: "APPLICATION",
  RESIDENT_CARD_COPY: "APPLICATION",
  DECLARATION_ON_HONOUR: "APPLICATION",
  ECTS_APPLICATION_FORM: "AFTER_SELECTION",
  ECTS_TRANSCRIPT: "AFTER_SELECTION",
  LEARNING_AGREEMENT: "AFTER_SELECTION",
  STUDENT_CONTRACT: "AFTER_SELECTION",
  BANK_DETAILS: "BEFORE_DEPARTURE",
  STUDENT_CARD: "BEFORE_DEPARTURE",
  ATTENDANCE_CERTIFICATE: "AFTER_ARRIVAL",
  ENROLMENT_CERTIFICATE: "AFTER_ARRIVAL",
};

/** How a piece comes into the dossier. */
type PieceSource = "upload" | "bank_details_form" | "learning_agreement";

export const SOURCE_OF: Record<PieceKind, PieceSource> = {
  ...(Object.fromEntries(PIECE_KINDS.map((kind) => [kind, "upload"])) as Record<PieceKind, PieceSource>),
  BANK_DETAILS: "bank_details_form",
  LEARNING_AGREEMENT: "learning_agreement",
};

/** What the application says about the student that decides the conditional pieces. */
export type DossierProfile = {
  scholarshipHolder: boolean;
  /** The nationality rule was met through refugee, stateless or 10-year resident status. */
  admittedByResidenceStatus: boolean;
  /** Luxembourg or Liechtenstein national. */
  ownAgencyNational: boolean;
  /** The host confirmed the stay's actual days in the portal: the scanned certificate is only a fallback. */
  attendanceConfirmedByHost?: boolean;
};

/** The pieces this student's dossier needs, in the seed's order. */
export function requiredPieces(profile: DossierProfile): PieceKind[] {
  return PIECE_KINDS.filter((kind) => {
    if (kind === "SCHOLARSHIP_NOTIFICATION") return profile.scholarshipHolder;
    if (kind === "RESIDENT_CARD_COPY") return profile.admittedByResidenceStatus;
    if (kind === "DECLARATION_ON_HONOUR") return profile.ownAgencyNational;
    if (kind === "ATTENDANCE_CERTIFICATE") return !profile.attendanceConfirmedByHost;
    return true;
  });
}

const PHASES_OPEN_FROM: Record<DossierPhase, readonly ApplicationStatus[]> = {
  APPLICATION: [
    "DRAFT",
    "SUBMITTED",
    "UNDER_REVIEW",
    "CHANGES_REQUESTED",
    "SELECTED",
    "WAITING_LIST",
    "NOMINATED",
    "LEARNING_AGREEMENT_SIGNED",
    "DEPARTED",
    "ARRIVED",
    "COMPLETED",
  ],
  AFTER_SELECTION: ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED", "DEPARTED", "ARRIVED", "COMPLETED"],
  BEFORE_DEPARTURE: ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED", "DEPARTED", "ARRIVED", "COMPLETED"],
  AFTER_ARRIVAL: ["DEPARTED", "ARRIVED", "COMPLETED"],
};

/** Whether the pieces of a phase are asked for yet, given the application's status. */
export function isPhaseOpen(phase: DossierPhase, status: ApplicationStatus): boolean {
  return PHASES_OPEN_FROM[phase].includes(status);
}
