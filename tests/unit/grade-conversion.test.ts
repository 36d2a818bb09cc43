import { describe, expect, it } from "vitest";
import { convertGrade, gradeBands, gradingTableProblem } from "@/lib/domain/recognition/grade-conversion";
import { formatGradeLines, parseGradeLines } from "@/lib/domain/recognition/grading-table-csv";
import { ECTS, HOME } from "../support/grading-tables";

describe("grading tables' bands", () => {
  it("gives each grade the share of better grades to that share plus its own", () => {
    expect(gradeBands(ECTS)).toEqual([
      { grade: "A", band: [0, 10] },
      { grade: "B", band: [10, 30] },
      { grade: "C", band: [30, 70] },
      { grade: "D", band: [70, 90] },
      { grade: "E", band: [90, 100] },
    ]);
    expect(
      gradeBands([
        { grade: "5", count: 1 },
        { grade: "4", count: 2 },
      ]).map((b) => b.band),
    ).toEqual([
      [0, 33.33],
      [33.33, 100],
    ]);
  });

  it("says what makes a table unusable", () => {
    expect(gradingTableProblem([])).toBe("empty");
    expect(gradingTableProblem([{ grade: "A", count: -1 }])).toBe("negative_or_fractional_count");
    expect(gradingTableProblem([{ grade: "A", count: 1.5 }])).toBe("negative_or_fractional_count");
    expect(
      gradingTableProblem([
        { grade: "A", count: 0 },
        { grade: "B", count: 0 },
      ]),
    ).toBe("all_zero");
    expect(
      gradingTableProblem([
        { grade: "A", count: 1 },
        { grade: "A", count: 2 },
      ]),
    ).toBe("duplicate_grade");
    expect(gradingTableProblem(ECTS)).toBeNull();
  });
});

describe("converting a grade", () => {
  it("takes the home grade whose band overlaps most", () => {
    // D [70,90] lies inside 10 [50,100].
    expect(convertGrade(ECTS, HOME, "D")).toEqual({ converted: "10", fromBand: [70, 90], toBand: [50, 100] });
    expect(convertGrade(ECTS, HOME, "E")).toEqual({ converted: "10", fromBand: [90, 100], toBand: [50, 100] });
  });

  it("on an equal overlap, takes the better home grade", () => {
    // A [0,10]: 5 with 16 [0,5], 5 with 14 [5,20].
    expect(convertGrade(ECTS, HOME, "A")).toEqual({ converted: "16", fromBand: [0, 10], toBand: [0, 5] });
    // B [10,30]: 10 with 14 [5,20], 10 with 12 [20,50].
    expect(convertGrade(ECTS, HOME, "B")).toEqual({ converted: "14", fromBand: [10, 30], toBand: [5, 20] });
    // C [30,70]: 20 with 12 [20,50], 20 with 10 [50,100].
    expect(convertGrade(ECTS, HOME, "C")).toEqual({ converted: "12", fromBand: [30, 70], toBand: [20, 50] });
  });

  it("compares overlaps exactly between tables of different totals and lengths", () => {
    const from = [
      { grade: "5", count: 1 },
      { grade: "4", count: 2 },
    ];
    const to = [
      { grade: "X", count: 1 },
      { grade: "Y", count: 1 },
    ];
    // 4 [1/3, 1]: 1/6 with X [0, 1/2], 1/2 with Y.
    expect(convertGrade(from, to, "4")).toEqual({ converted: "Y", fromBand: [33.33, 100], toBand: [50, 100] });
    expect(convertGrade(from, to, "5")).toEqual({ converted: "X", fromBand: [0, 33.33], toBand: [0, 50] });
    // Three thirds against two halves: the middle third overlaps both halves by 1/6: the better wins.
    const thirds = [
      { grade: "I", count: 1 },
      { grade: "II", count: 1 },
      { grade: "III", count: 1 },
    ];
    expect(convertGrade(thirds, to, "II")?.converted).toBe("X");
  });

  it("converts a grade no one received by its position; on a boundary, the better grade", () => {
    const gap = [
      { grade: "A", count: 0 },
      { grade: "B", count: 50 },
      { grade: "C", count: 0 },
      { grade: "D", count: 50 },
      { grade: "E", count: 0 },
    ];
    expect(convertGrade(gap, HOME, "A")).toEqual({ converted: "16", fromBand: [0, 0], toBand: [0, 5] });
    // C sits at 50 %, the boundary of 12 [20,50] and 10 [50,100].
    expect(convertGrade(gap, HOME, "C")).toEqual({ converted: "12", fromBand: [50, 50], toBand: [20, 50] });
    expect(convertGrade(gap, HOME, "E")).toEqual({ converted: "10", fromBand: [100, 100], toBand: [50, 100] });
  });

  it("never converts to a home grade no one received", () => {
    const to = [
      { grade: "X", count: 0 },
      { grade: "Y", count: 4 },
      { grade: "Z", count: 0 },
    ];
    expect(convertGrade(ECTS, to, "A")?.converted).toBe("Y");
    expect(
      convertGrade(
        [
          { grade: "A", count: 0 },
          { grade: "B", count: 1 },
        ],
        to,
        "A",
      )?.converted,
    ).toBe("Y");
  });

  it("handles single-grade tables", () => {
    // A pass/fail table covers [0,100]: it overlaps 10 [50,100] most.
    expect(convertGrade([{ grade: "Pass", count: 30 }], HOME, "Pass")).toEqual({ converted: "10", fromBand: [0, 100], toBand: [50, 100] });
    expect(convertGrade(ECTS, [{ grade: "Pass", count: 7 }], "A")).toEqual({ converted: "Pass", fromBand: [0, 10], toBand: [0, 100] });
  });

  it("refuses an unknown grade or an unusable table", () => {
    expect(convertGrade(ECTS, HOME, "F")).toBeNull();
    expect(convertGrade([], HOME, "A")).toBeNull();
    expect(convertGrade(ECTS, [{ grade: "16", count: 0 }], "A")).toBeNull();
  });
});

describe("grading tables as CSV lines", () => {
  it("reads grade;count lines, best first, with a header, a byte-order mark, commas or tabs", () => {
    expect(parseGradeLines("\uFEFFgrade;count\r\nA;12\nB,30\n\nC\t7\n")).toEqual({
      ok: true,
      rows: [
        { grade: "A", count: 12 },
        { grade: "B", count: 30 },
        { grade: "C", count: 7 },
      ],
    });
    expect(parseGradeLines(formatGradeLines(ECTS))).toEqual({ ok: true, rows: ECTS });
  });

  it("says which line it cannot read", () => {
    expect(parseGradeLines("A;12\nB;-3")).toEqual({ ok: false, line: 2 });
    expect(parseGradeLines("A;12\nB")).toEqual({ ok: false, line: 2 });
    expect(parseGradeLines("A;1.5")).toEqual({ ok: false, line: 1 });
  });
});
