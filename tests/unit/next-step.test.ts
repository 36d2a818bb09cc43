import { describe, expect, it } from "vitest";
import { nextStepFor } from "@/lib/domain/application/next-step";
import { buildChecklist } from "@/lib/domain/dossier/checklist";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import type { PieceKind } from "@/lib/domain/dossier/pieces";

const SELECTION: PieceKind[] = ["ECTS_APPLICATION_FORM", "ECTS_TRANSCRIPT", "LEARNING_AGREEMENT", "STUDENT_CONTRACT"];

const profile = { scholarshipHolder: false, admittedByResidenceStatus: false, ownAgencyNational: false };
const round = { deadline: new Date("2027-02-15"), afterSelectionPiecesDue: new Date("2027-05-01"), beforeDeparturePiecesDue: new Date("2027-07-01") };
const step = (status: ApplicationStatus, pieces: Parameters<typeof buildChecklist>[1] = []) =>
  nextStepFor(status, buildChecklist(profile, pieces, status), round);

describe("the student's next step", () => {
  it("asks to finish a draft by the round's deadline", () => {
    expect(step("DRAFT")).toEqual({ key: "finishAndSubmit", due: round.deadline });
    expect(step("CHANGES_REQUESTED")).toEqual({ key: "makeChanges", due: round.deadline });
  });

  it("asks first for a piece the coordinator wants replaced, by its phase's due date, whatever the status", () => {
    expect(step("UNDER_REVIEW", [{ kind: "ACADEMIC_RECORD", status: "TO_REPLACE" }])).toEqual({
      key: "replacePieces",
      due: null,
      pieces: ["ACADEMIC_RECORD"],
    });
    const selection = SELECTION.map((kind) => ({ kind, status: kind === "STUDENT_CONTRACT" ? ("TO_REPLACE" as const) : ("ACCEPTED" as const) }));
    expect(step("NOMINATED", selection)).toEqual({ key: "replacePieces", due: round.afterSelectionPiecesDue, pieces: ["STUDENT_CONTRACT"] });
    expect(step("WITHDRAWN", [{ kind: "ACADEMIC_RECORD", status: "TO_REPLACE" }])).toBeNull();
  });

  it("has the student wait during the review", () => {
    for (const status of ["SUBMITTED", "UNDER_REVIEW", "WAITING_LIST"] as const) expect(step(status)?.key).toBe("waitForDecision");
  });

  it("asks for the after-selection pieces by their due date, then the learning agreement", () => {
    expect(step("SELECTED")).toEqual({ key: "afterSelectionPieces", due: round.afterSelectionPiecesDue });
    const done = SELECTION.map((kind) => ({ kind, status: "UPLOADED" as const }));
    expect(step("NOMINATED", done)).toEqual({ key: "learningAgreement", due: null });
  });

  it("asks for the before-departure pieces once the agreement is signed", () => {
    expect(step("LEARNING_AGREEMENT_SIGNED")).toEqual({ key: "afterSelectionPieces", due: round.afterSelectionPiecesDue });
    const selection = SELECTION.map((kind) => ({ kind, status: "ACCEPTED" as const }));
    expect(step("LEARNING_AGREEMENT_SIGNED", selection)).toEqual({ key: "beforeDeparturePieces", due: round.beforeDeparturePiecesDue });
  });

  it("asks for the attendance and enrolment certificates after departure", () => {
    expect(step("ARRIVED")?.key).toBe("afterArrivalPieces");
  });

  it("expects nothing of a finished application", () => {
    for (const status of ["COMPLETED", "NOT_SELECTED", "WITHDRAWN"] as const) expect(step(status)).toBeNull();
  });
});
