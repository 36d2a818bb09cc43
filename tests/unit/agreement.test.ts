import { describe, expect, it } from "vitest";
import { agreementCovers, conditionAdmits, destinationAdmits, destinationsFromAgreements, languageBelowRecommended } from "@/lib/domain/agreement";

const signed = { firstAcademicYear: "2026-2027", lastAcademicYear: "2028-2029", status: "SIGNED" as const };

describe("the years an agreement covers", () => {
  it.each([
    ["2025-2026", false],
    ["2026-2027", true],
    ["2027-2028", true],
    ["2028-2029", true],
    ["2029-2030", false],
  ])("a signed agreement 2026-2027 to 2028-2029 covers %s: %s", (year, covers) => {
    expect(agreementCovers(signed, year)).toBe(covers);
  });

  it.each(["DRAFT", "TERMINATED"] as const)("a %s agreement covers no year", (status) => {
    expect(agreementCovers({ ...signed, status }, "2027-2028")).toBe(false);
  });
});

describe("destinations proposed from the agreements", () => {
  const conditions = (outgoing: number[], incoming: number[] = []) => [
    ...outgoing.map((n, i) => ({ direction: "OUTGOING" as const, studentsPerYear: n, iscedCode: `061${i}`, eqfLevels: [7] })),
    ...incoming.map((n) => ({ direction: "INCOMING" as const, studentsPerYear: n, iscedCode: "0613", eqfLevels: [7] })),
  ];

  it("adds up each covering partner's outgoing places, and skips the rest", () => {
    expect(
      destinationsFromAgreements(
        [
          { ...signed, partnerInstitutionId: "uppsala", conditions: conditions([2, 1], [5]) },
          { ...signed, partnerInstitutionId: "aalto", conditions: conditions([], [3]) },
          { ...signed, partnerInstitutionId: "pisa", status: "DRAFT", conditions: conditions([4]) },
          { ...signed, partnerInstitutionId: "lund", lastAcademicYear: "2026-2027", conditions: conditions([2]) },
          { ...signed, partnerInstitutionId: "uppsala", conditions: conditions([1]) },
        ],
        "2027-2028",
      ),
    ).toEqual([
      {
        partnerInstitutionId: "uppsala",
        places: 4,
        quotas: [
          { iscedCode: "0610", eqfLevels: [7], places: 2 },
          { iscedCode: "0611", eqfLevels: [7], places: 1 },
          { iscedCode: "0610", eqfLevels: [7], places: 1 },
        ],
      },
    ]);
  });

  it("splits no destination whose agreement has one outgoing condition, and counts none without places", () => {
    expect(destinationsFromAgreements([{ ...signed, partnerInstitutionId: "lund", conditions: conditions([0, 3]) }], "2027-2028")).toEqual([
      { partnerInstitutionId: "lund", places: 3, quotas: [] },
    ]);
  });

  it("proposes nothing without agreements", () => {
    expect(destinationsFromAgreements([], "2027-2028")).toEqual([]);
  });
});

describe("which programmes a destination admits", () => {
  const master0613 = { iscedCode: "0613", eqfLevel: 7 };
  it.each([
    [{ iscedCode: "0613", eqfLevels: [7] }, true],
    [{ iscedCode: "0613", eqfLevels: [6] }, false],
    [{ iscedCode: "0612", eqfLevels: [7] }, false],
    [{ iscedCode: "0610", eqfLevels: [6, 7] }, true],
    [{ iscedCode: "0600", eqfLevels: [7, 8] }, true],
    [{ iscedCode: "0700", eqfLevels: [7] }, false],
    [{ iscedCode: "0710", eqfLevels: [7] }, false],
  ])("condition %j admits a master in 0613: %s", (condition, admits) => {
    expect(conditionAdmits(condition, master0613)).toBe(admits);
  });

  it("opens a partner whose agreements are not recorded to everyone, and one with conditions only to those they admit", () => {
    expect(destinationAdmits([], master0613)).toBe(true);
    expect(
      destinationAdmits(
        [
          { iscedCode: "0732", eqfLevels: [7] },
          { iscedCode: "0613", eqfLevels: [7] },
        ],
        master0613,
      ),
    ).toBe(true);
    expect(destinationAdmits([{ iscedCode: "0732", eqfLevels: [7] }], master0613)).toBe(false);
    expect(destinationAdmits([{ iscedCode: "0732", eqfLevels: [7] }], { iscedCode: null, eqfLevel: 7 })).toBe(true);
  });
});

describe("a declared language level below the destination's recommendation", () => {
  const english = { languageCode: "en", languageLevel: "B2" };
  it.each([
    [[{ language: "en", level: "B1" }], { language: "en", recommended: "B2", declared: "B1" }],
    [[{ language: "en", level: "B2" }], null],
    [[{ language: "en", level: "C1" }], null],
    [[{ language: "sv", level: "A1" }], null],
    [[], null],
  ])("declared %j: %j", (declared, expected) => {
    expect(languageBelowRecommended([{ languageCode: null, languageLevel: null }, english], declared)).toEqual(expected);
  });
});
