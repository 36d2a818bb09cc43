import { describe, expect, it } from "vitest";
import { agreementCovers, destinationsFromAgreements } from "@/lib/domain/agreement";

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
    ...outgoing.map((n) => ({ direction: "OUTGOING" as const, studentsPerYear: n })),
    ...incoming.map((n) => ({ direction: "INCOMING" as const, studentsPerYear: n })),
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
    ).toEqual([{ partnerInstitutionId: "uppsala", places: 4 }]);
  });

  it("proposes nothing without agreements", () => {
    expect(destinationsFromAgreements([], "2027-2028")).toEqual([]);
  });
});
