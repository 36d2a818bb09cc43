import { describe, expect, it } from "vitest";
import { creditsObtained, recognitionProblems, recognitionShortfall, type RecognitionEntry, type TranscriptEntry } from "@/lib/domain/recognition/recognition";

const transcript: TranscriptEntry[] = [
  { componentId: "a1", losCode: "1DL301", title: "Databases", grade: "4", creditsObtained: 7.5, passed: true },
  { componentId: "a2", losCode: "1DL302", title: "Compilers", grade: "U", creditsObtained: 0, passed: false },
  { componentId: null, losCode: "5SW001", title: "Swedish for beginners", grade: "G", creditsObtained: 5, passed: true },
];
const tableB = [{ id: "b1" }, { id: "b2" }];
const entry = (componentId: string, creditsRecognised: number, reason = "Partner has no grading table"): RecognitionEntry => ({
  componentId,
  losCode: componentId.toUpperCase(),
  title: componentId,
  creditsPlanned: 6,
  creditsRecognised,
  homeGrade: "14",
  conversion: { method: "manual", foreignGrade: "4", reason },
});

describe("recognition", () => {
  it("counts the credits of the passed components only", () => {
    expect(creditsObtained(transcript)).toBe(12.5);
  });

  it("measures the shortfall against full recognition", () => {
    expect(recognitionShortfall(transcript, [entry("b1", 6), entry("b2", 6.5)])).toBe(0);
    expect(recognitionShortfall(transcript, [entry("b1", 6), entry("b2", 6)])).toBe(0.5);
    expect(recognitionShortfall(transcript, [entry("b1", 10), entry("b2", 10)])).toBe(0);
  });

  it("asks a written reason for credits recognised short of what was obtained", () => {
    expect(recognitionProblems(tableB, transcript, [entry("b1", 6), entry("b2", 6)], null)).toEqual(["shortfall_reason_required"]);
    expect(recognitionProblems(tableB, transcript, [entry("b1", 6), entry("b2", 6)], "  ")).toEqual(["shortfall_reason_required"]);
    expect(recognitionProblems(tableB, transcript, [entry("b1", 6), entry("b2", 6)], "Compilers failed at the host")).toEqual([]);
    expect(recognitionProblems(tableB, transcript, [entry("b1", 6), entry("b2", 6.5)], null)).toEqual([]);
  });

  it("asks a reason for a grade entered by hand, and every component of table B", () => {
    expect(recognitionProblems(tableB, transcript, [entry("b1", 6.5, ""), entry("b2", 6)], null)).toEqual(["manual_reason_required"]);
    expect(recognitionProblems(tableB, transcript, [entry("b1", 12.5)], null)).toEqual(["component_missing"]);
  });
});
