import { describe, expect, it } from "vitest";
import {
  APPLICATION_STATUSES,
  checkTransition,
  decisionMoves,
  SELECTION_STATUSES,
  isEditableByStudent,
  nextStatuses,
  type ApplicationStatus,
  type TransitionContext,
} from "@/lib/domain/application/status";

const allGood: TransitionContext = {
  roundOpen: true,
  eligible: true,
  applicationPiecesUploaded: true,
  applicationPiecesAccepted: true,
  reason: "because",
  today: "2028-01-20",
  stay: { start: "2027-08-30", end: "2028-01-20" },
  departurePiecesAccepted: true,
  arrivalPiecesAccepted: true,
  attendanceConfirmed: true,
  transcriptEntered: true,
};

describe("application status machine", () => {
  it("lets a student submit a draft while the round is open, they are eligible and the pieces are uploaded", () => {
    expect(checkTransition("DRAFT", "SUBMITTED", "student", allGood)).toEqual({ ok: true });
    expect(checkTransition("DRAFT", "SUBMITTED", "student", { ...allGood, roundOpen: false })).toEqual({ ok: false, reason: "round_closed" });
    expect(checkTransition("DRAFT", "SUBMITTED", "student", { ...allGood, eligible: false })).toEqual({ ok: false, reason: "not_eligible" });
    expect(checkTransition("DRAFT", "SUBMITTED", "student", { ...allGood, applicationPiecesUploaded: false })).toEqual({
      ok: false,
      reason: "pieces_missing",
    });
  });

  it("does not let a coordinator submit for the student", () => {
    expect(checkTransition("DRAFT", "SUBMITTED", "coordinator", allGood)).toEqual({ ok: false, reason: "not_your_move" });
  });

  it("lets a student resubmit after changes were requested", () => {
    expect(checkTransition("CHANGES_REQUESTED", "SUBMITTED", "student", allGood)).toEqual({ ok: true });
  });

  it("lets a coordinator start the review of a submitted application", () => {
    expect(checkTransition("SUBMITTED", "UNDER_REVIEW", "coordinator", allGood)).toEqual({ ok: true });
    expect(checkTransition("SUBMITTED", "UNDER_REVIEW", "student", allGood).ok).toBe(false);
  });

  it("requires a reason to ask for changes or to turn a candidate down", () => {
    for (const to of ["CHANGES_REQUESTED", "NOT_SELECTED"] as const) {
      expect(checkTransition("UNDER_REVIEW", to, "coordinator", { ...allGood, reason: "  " })).toEqual({ ok: false, reason: "reason_required" });
      expect(checkTransition("UNDER_REVIEW", to, "coordinator", allGood)).toEqual({ ok: true });
    }
  });

  it("refuses a selection while application-phase pieces are missing or not accepted", () => {
    expect(checkTransition("UNDER_REVIEW", "SELECTED", "coordinator", { ...allGood, applicationPiecesAccepted: false })).toEqual({
      ok: false,
      reason: "pieces_not_accepted",
    });
    expect(checkTransition("UNDER_REVIEW", "SELECTED", "coordinator", allGood)).toEqual({ ok: true });
  });

  it("moves a waiting-list candidate to selected or not selected", () => {
    expect(checkTransition("WAITING_LIST", "SELECTED", "coordinator", allGood).ok).toBe(true);
    expect(checkTransition("WAITING_LIST", "NOT_SELECTED", "coordinator", allGood).ok).toBe(true);
  });

  it("follows the mobility: nominated, agreement signed, departed, arrived, completed", () => {
    expect(checkTransition("SELECTED", "NOMINATED", "coordinator", allGood).ok).toBe(true);
    expect(checkTransition("NOMINATED", "LEARNING_AGREEMENT_SIGNED", "system", allGood).ok).toBe(true);
    expect(checkTransition("NOMINATED", "LEARNING_AGREEMENT_SIGNED", "coordinator", allGood)).toEqual({ ok: false, reason: "not_your_move" });
    expect(checkTransition("LEARNING_AGREEMENT_SIGNED", "DEPARTED", "student", allGood).ok).toBe(true);
    expect(checkTransition("DEPARTED", "ARRIVED", "coordinator", allGood).ok).toBe(true);
    // Only the recorded recognition completes a mobility.
    expect(checkTransition("ARRIVED", "COMPLETED", "system", allGood).ok).toBe(true);
    expect(checkTransition("ARRIVED", "COMPLETED", "coordinator", allGood)).toEqual({ ok: false, reason: "not_your_move" });
    expect(checkTransition("ARRIVED", "COMPLETED", "student", allGood).ok).toBe(false);
  });

  it("allows withdrawal from every active status and from no final one", () => {
    for (const from of APPLICATION_STATUSES) {
      const expected = !["NOT_SELECTED", "COMPLETED", "WITHDRAWN"].includes(from);
      expect(checkTransition(from, "WITHDRAWN", "student", allGood).ok, from).toBe(expected);
      expect(checkTransition(from, "WITHDRAWN", "coordinator", allGood).ok, from).toBe(expected);
    }
  });

  it("refuses every move the table does not list", () => {
    const allowed = new Set([
      "DRAFT>SUBMITTED",
      "CHANGES_REQUESTED>SUBMITTED",
      "SUBMITTED>UNDER_REVIEW",
      "SUBMITTED>CHANGES_REQUESTED",
      "UNDER_REVIEW>CHANGES_REQUESTED",
      "SUBMITTED>SELECTED",
      "UNDER_REVIEW>SELECTED",
      "WAITING_LIST>SELECTED",
      "SUBMITTED>WAITING_LIST",
      "UNDER_REVIEW>WAITING_LIST",
      "SUBMITTED>NOT_SELECTED",
      "UNDER_REVIEW>NOT_SELECTED",
      "WAITING_LIST>NOT_SELECTED",
      "SELECTED>NOMINATED",
      "NOMINATED>LEARNING_AGREEMENT_SIGNED",
      "LEARNING_AGREEMENT_SIGNED>DEPARTED",
      "DEPARTED>ARRIVED",
      "ARRIVED>COMPLETED",
    ]);
    for (const from of APPLICATION_STATUSES) {
      for (const to of APPLICATION_STATUSES) {
        if (to === "WITHDRAWN") continue;
        const possible = (["student", "coordinator", "system"] as const).some((actor) => checkTransition(from, to, actor, allGood).ok);
        expect(possible, `${from} → ${to}`).toBe(allowed.has(`${from}>${to}`));
      }
    }
  });

  it("offers each actor only its own moves", () => {
    expect(nextStatuses("DRAFT", "student")).toEqual(["SUBMITTED", "WITHDRAWN"]);
    expect(nextStatuses("UNDER_REVIEW", "coordinator")).toEqual(["CHANGES_REQUESTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED", "WITHDRAWN"]);
    expect(nextStatuses("COMPLETED", "coordinator")).toEqual([]);
  });

  it("lets the student edit only a draft or an application sent back for changes", () => {
    const editable = APPLICATION_STATUSES.filter((s: ApplicationStatus) => isEditableByStudent(s));
    expect(editable).toEqual(["DRAFT", "CHANGES_REQUESTED"]);
  });
});

describe("the moves of the mobility itself", () => {
  const coordinator = (from: ApplicationStatus, to: ApplicationStatus, context: Partial<TransitionContext>) =>
    checkTransition(from, to, "coordinator", { ...allGood, ...context });

  it("refuses a departure months before the stay, and allows it from 14 days before its first day", () => {
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { today: "2026-12-01" })).toEqual({ ok: false, reason: "stay_not_started" });
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { today: "2027-08-15" })).toEqual({ ok: false, reason: "stay_not_started" });
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { today: "2027-08-16" })).toEqual({ ok: true });
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { today: "2027-09-20" })).toEqual({ ok: true });
    expect(coordinator("DEPARTED", "ARRIVED", { today: "2027-08-01" })).toEqual({ ok: false, reason: "stay_not_started" });
    expect(coordinator("DEPARTED", "ARRIVED", { today: "2027-08-30" })).toEqual({ ok: true });
  });

  it("refuses a departure while a piece due before it is not accepted (the bank details, the student contract…)", () => {
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { departurePiecesAccepted: false })).toEqual({
      ok: false,
      reason: "departure_pieces_not_accepted",
    });
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { departurePiecesAccepted: undefined })).toMatchObject({ ok: false });
  });

  it("completes a stay once its days are confirmed, its transcript entered and the after-arrival pieces accepted", () => {
    const system = (context: Partial<TransitionContext>) => checkTransition("ARRIVED", "COMPLETED", "system", { ...allGood, ...context });
    expect(system({})).toEqual({ ok: true });
    expect(system({ attendanceConfirmed: false })).toEqual({ ok: false, reason: "attendance_not_confirmed" });
    expect(system({ transcriptEntered: undefined })).toEqual({ ok: false, reason: "transcript_missing" });
    expect(system({ arrivalPiecesAccepted: false })).toEqual({ ok: false, reason: "arrival_pieces_not_accepted" });
  });

  it("refuses them without a known stay or day", () => {
    expect(coordinator("LEARNING_AGREEMENT_SIGNED", "DEPARTED", { stay: null })).toEqual({ ok: false, reason: "stay_not_started" });
  });
});

describe("the decision form's moves", () => {
  it("are the coordinator's moves without withdrawal, which is declared on its own", () => {
    for (const status of APPLICATION_STATUSES) {
      const moves = decisionMoves(status);
      expect(moves, status).not.toContain("WITHDRAWN");
      expect(moves, status).toEqual(nextStatuses(status, "coordinator").filter((s) => s !== "WITHDRAWN"));
    }
  });

  it("offer no outcome of the selection once the round's places are allocated", () => {
    expect(decisionMoves("UNDER_REVIEW")).toEqual(expect.arrayContaining(["SELECTED", "WAITING_LIST", "NOT_SELECTED"]));
    const allocated = decisionMoves("UNDER_REVIEW", { placesAllocated: true });
    expect(allocated).not.toEqual(expect.arrayContaining(["SELECTED"]));
    for (const status of APPLICATION_STATUSES) {
      for (const move of decisionMoves(status, { placesAllocated: true })) expect(SELECTION_STATUSES, `${status} → ${move}`).not.toContain(move);
    }
  });
});
