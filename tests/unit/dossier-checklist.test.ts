import { describe, expect, it } from "vitest";
import { buildChecklist, phaseOf, type RecordedPiece } from "@/lib/domain/dossier/checklist";
import { isPhaseOpen, requiredPieces, type DossierProfile } from "@/lib/domain/dossier/pieces";

const base: DossierProfile = { scholarshipHolder: false, admittedByResidenceStatus: false, ownAgencyNational: false };
const ALWAYS_APPLICATION = ["MOTIVATION_LETTER", "ACADEMIC_RECORD", "EXAM_REGISTRATION"];
const AFTER_SELECTION = ["ECTS_APPLICATION_FORM", "ECTS_TRANSCRIPT", "LEARNING_AGREEMENT", "STUDENT_CONTRACT"];
const BEFORE_DEPARTURE = ["BANK_DETAILS", "STUDENT_CARD"];
const AFTER_ARRIVAL = ["ATTENDANCE_CERTIFICATE", "ENROLMENT_CERTIFICATE"];

describe("required pieces", () => {
  it.each([
    [{ scholarshipHolder: false, admittedByResidenceStatus: false, ownAgencyNational: false }, []],
    [{ scholarshipHolder: true, admittedByResidenceStatus: false, ownAgencyNational: false }, ["SCHOLARSHIP_NOTIFICATION"]],
    [{ scholarshipHolder: false, admittedByResidenceStatus: true, ownAgencyNational: false }, ["RESIDENT_CARD_COPY"]],
    [{ scholarshipHolder: false, admittedByResidenceStatus: false, ownAgencyNational: true }, ["DECLARATION_ON_HONOUR"]],
    [{ scholarshipHolder: true, admittedByResidenceStatus: true, ownAgencyNational: false }, ["SCHOLARSHIP_NOTIFICATION", "RESIDENT_CARD_COPY"]],
    [{ scholarshipHolder: true, admittedByResidenceStatus: false, ownAgencyNational: true }, ["SCHOLARSHIP_NOTIFICATION", "DECLARATION_ON_HONOUR"]],
    [{ scholarshipHolder: false, admittedByResidenceStatus: true, ownAgencyNational: true }, ["RESIDENT_CARD_COPY", "DECLARATION_ON_HONOUR"]],
    [
      { scholarshipHolder: true, admittedByResidenceStatus: true, ownAgencyNational: true },
      ["SCHOLARSHIP_NOTIFICATION", "RESIDENT_CARD_COPY", "DECLARATION_ON_HONOUR"],
    ],
  ] as const)("for %o adds %o to the pieces every dossier has", (profile, conditional) => {
    expect(requiredPieces(profile)).toEqual([...ALWAYS_APPLICATION, ...conditional, ...AFTER_SELECTION, ...BEFORE_DEPARTURE, ...AFTER_ARRIVAL]);
  });
});

describe("phases", () => {
  it("opens the later phases as the mobility goes on", () => {
    expect(isPhaseOpen("APPLICATION", "DRAFT")).toBe(true);
    expect(isPhaseOpen("AFTER_SELECTION", "UNDER_REVIEW")).toBe(false);
    expect(isPhaseOpen("AFTER_SELECTION", "SELECTED")).toBe(true);
    expect(isPhaseOpen("BEFORE_DEPARTURE", "NOMINATED")).toBe(true);
    expect(isPhaseOpen("AFTER_ARRIVAL", "LEARNING_AGREEMENT_SIGNED")).toBe(false);
    expect(isPhaseOpen("AFTER_ARRIVAL", "ARRIVED")).toBe(true);
  });
});

describe("checklist", () => {
  it("shows every piece missing in a new dossier, with the application phase open", () => {
    const checklist = buildChecklist(base, [], "DRAFT");
    const application = phaseOf(checklist, "APPLICATION");
    expect(application.items.map((i) => [i.kind, i.state, i.studentMayProvide])).toEqual([
      ["MOTIVATION_LETTER", "missing", true],
      ["ACADEMIC_RECORD", "missing", true],
      ["EXAM_REGISTRATION", "missing", true],
    ]);
    expect(application).toMatchObject({ open: true, complete: false, accepted: false, provided: 0 });
    expect(phaseOf(checklist, "AFTER_SELECTION").open).toBe(false);
  });

  it("counts a phase complete when every piece is uploaded or accepted, and accepted when all are", () => {
    const pieces: RecordedPiece[] = [
      { kind: "MOTIVATION_LETTER", status: "ACCEPTED" },
      { kind: "ACADEMIC_RECORD", status: "UPLOADED" },
      { kind: "EXAM_REGISTRATION", status: "ACCEPTED" },
    ];
    const application = phaseOf(buildChecklist(base, pieces, "SUBMITTED"), "APPLICATION");
    expect(application).toMatchObject({ complete: true, accepted: false, provided: 3 });
    const allAccepted = pieces.map((p) => ({ ...p, status: "ACCEPTED" as const }));
    expect(phaseOf(buildChecklist(base, allAccepted, "SUBMITTED"), "APPLICATION").accepted).toBe(true);
  });

  it("shows a piece to replace with the coordinator's comment, and lets the student replace it even after submission", () => {
    const pieces: RecordedPiece[] = [{ kind: "ACADEMIC_RECORD", status: "TO_REPLACE", reviewComment: "Page 2 is missing." }];
    const item = phaseOf(buildChecklist(base, pieces, "UNDER_REVIEW"), "APPLICATION").items.find((i) => i.kind === "ACADEMIC_RECORD")!;
    expect(item).toEqual({ kind: "ACADEMIC_RECORD", state: "to_replace", comment: "Page 2 is missing.", studentMayProvide: true });
  });

  it("freezes the application-phase pieces once submitted, unless one is to be replaced", () => {
    const items = phaseOf(buildChecklist(base, [], "SUBMITTED"), "APPLICATION").items;
    expect(items.every((i) => !i.studentMayProvide)).toBe(true);
  });

  it("never lets the student replace an accepted piece", () => {
    const items = phaseOf(buildChecklist(base, [{ kind: "MOTIVATION_LETTER", status: "ACCEPTED" }], "DRAFT"), "APPLICATION").items;
    expect(items[0]!.studentMayProvide).toBe(false);
  });

  it("produces the learning agreement from the agreement itself, not an upload", () => {
    const items = phaseOf(buildChecklist(base, [], "SELECTED"), "AFTER_SELECTION").items;
    expect(items.find((i) => i.kind === "LEARNING_AGREEMENT")!.studentMayProvide).toBe(false);
    expect(items.find((i) => i.kind === "ECTS_TRANSCRIPT")!.studentMayProvide).toBe(true);
  });

  it("lets nothing be uploaded to a withdrawn application", () => {
    const checklist = buildChecklist(base, [], "WITHDRAWN");
    expect(checklist.flatMap((p) => p.items).some((i) => i.studentMayProvide)).toBe(false);
  });
});
