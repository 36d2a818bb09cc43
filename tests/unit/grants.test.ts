import { describe, expect, it } from "vitest";
import { computeGrant, PROGRAMME_PRESET, SEED_PRESET, stayLength } from "@/lib/domain/grant/rate-table";
import { COUNTRY_LANGUAGES, officialLanguages } from "@/lib/domain/country-languages";
import { allocateBudget, isLinguisticDestination, publicationIsLate, rankCandidates, type Candidate } from "@/lib/domain/grant/ranking";
import { amountOwed } from "@/lib/domain/grant/reimbursement";

const period = { startDate: "2027-09-01", endDate: "2027-11-30" };

describe("stay length", () => {
  it("counts whole months and the days left, last day included", () => {
    expect(stayLength("2027-09-01", "2027-11-30")).toEqual({ months: 3, days: 0 });
    expect(stayLength("2027-09-01", "2027-12-15")).toEqual({ months: 3, days: 15 });
    expect(stayLength("2027-09-01", "2028-08-31")).toEqual({ months: 12, days: 0 });
    // 31 January + 1 month lands on the last day of February: a whole month.
    expect(stayLength("2028-01-31", "2028-02-28")).toEqual({ months: 1, days: 0 });
    expect(stayLength("2027-09-01", "2027-09-30")).toEqual({ months: 1, days: 0 });
    expect(stayLength("2027-09-01", "2027-09-29")).toEqual({ months: 0, days: 29 });
    expect(stayLength("2027-12-01", "2027-09-01")).toBeNull();
  });
});

describe("the seed's rate table", () => {
  it("pays at least 50 € a month, whatever lower rate is configured", () => {
    const grant = computeGrant({ ...SEED_PRESET, monthlyRate: 30 }, { ...period, countryCode: "DE" });
    expect(grant).toMatchObject({ eligible: true, total: 150, months: 3 });
  });

  it("doubles the rate for Scandinavian destinations (DK, IS, N, S, SF)", () => {
    for (const countryCode of ["DK", "IS", "NO", "SE", "FI"]) {
      expect(computeGrant(SEED_PRESET, { ...period, countryCode }).total, countryCode).toBe(300);
    }
    expect(computeGrant(SEED_PRESET, { ...period, countryCode: "EE" }).total).toBe(150);
  });

  it("pays partial months by the day, at 1/30 of the monthly rate", () => {
    expect(computeGrant(SEED_PRESET, { countryCode: "ES", startDate: "2027-09-01", endDate: "2027-12-15" }).total).toBe(175);
  });
});

describe("the programme's rate table", () => {
  it("pays each country group's monthly rate", () => {
    expect(computeGrant(PROGRAMME_PRESET, { ...period, countryCode: "SE" }).total).toBe(1800);
    expect(computeGrant(PROGRAMME_PRESET, { ...period, countryCode: "IT" }).total).toBe(1620);
    expect(computeGrant(PROGRAMME_PRESET, { ...period, countryCode: "PL" }).total).toBe(1470);
  });

  it("adds every top-up: fewer opportunities, traineeship, green travel with extra days (capped)", () => {
    const grant = computeGrant(PROGRAMME_PRESET, {
      ...period,
      countryCode: "PL",
      fewerOpportunities: true,
      traineeship: true,
      greenTravel: true,
      extraTravelDays: 6,
    });
    expect(grant.lines.map((l) => [l.label, l.amount])).toEqual([
      ["groupMonthly", 1470],
      ["fewerOpportunities", 750],
      ["traineeship", 450],
      ["greenTravel", 330],
    ]);
    expect(grant.total).toBe(3000);
  });

  it("has no rate for a country outside its groups", () => {
    expect(computeGrant(PROGRAMME_PRESET, { ...period, countryCode: "US" })).toMatchObject({ eligible: false, reason: "no_rate_for_country" });
  });
});

describe("who gets no grant here", () => {
  it.each(["LU", "LI"])("a %s national, funded by their own national agency", (nationality) => {
    expect(computeGrant(SEED_PRESET, { ...period, countryCode: "DE", nationality })).toMatchObject({
      eligible: false,
      total: 0,
      reason: "own_national_agency",
    });
  });

  it("a student declaring another EU grant for the same period", () => {
    expect(computeGrant(PROGRAMME_PRESET, { ...period, countryCode: "DE", otherEuGrant: true })).toMatchObject({ eligible: false, reason: "other_eu_grant" });
  });
});

const candidate = (id: string, over: Partial<Candidate> = {}): Candidate => ({
  id,
  scholarshipHolder: false,
  linguistic: false,
  gradeAverage: 12,
  submittedAt: new Date("2027-01-10"),
  amount: 1000,
  grantEligible: true,
  ...over,
});

describe("ranking", () => {
  const weights = { social: 1, linguistic: 1, academic: 1 };

  it("adds each criterion times its weight, the grade average counting out of 20", () => {
    const [first] = rankCandidates([candidate("a", { scholarshipHolder: true, linguistic: true, gradeAverage: 15 })], weights, []);
    expect(first).toMatchObject({ rank: 1, score: 2.75, breakdown: { social: 1, linguistic: 1, academic: 0.75 } });
  });

  it("follows the configured weights", () => {
    const ranked = rankCandidates(
      [candidate("social", { scholarshipHolder: true, gradeAverage: 10 }), candidate("grades", { gradeAverage: 19 })],
      { social: 0.5, linguistic: 1, academic: 2 },
      [],
    );
    expect(ranked.map((c) => c.id)).toEqual(["grades", "social"]);
  });

  it("breaks ties by the criteria in the configured order, then by the earlier submission", () => {
    const a = candidate("a", { scholarshipHolder: true, gradeAverage: 10 });
    const b = candidate("b", { linguistic: true, gradeAverage: 10 });
    expect(rankCandidates([a, b], weights, ["linguistic", "social"]).map((c) => c.id)).toEqual(["b", "a"]);
    expect(rankCandidates([a, b], weights, ["social", "linguistic"]).map((c) => c.id)).toEqual(["a", "b"]);
    const early = candidate("late", { submittedAt: new Date("2027-01-02") });
    const later = candidate("early", { submittedAt: new Date("2027-01-01") });
    expect(rankCandidates([early, later], weights, []).map((c) => c.id)).toEqual(["early", "late"]);
  });

  it("derives the linguistic criterion from the destination country's official languages, not the host's teaching languages", () => {
    // Whatever the host teaches in: Uppsala teaches in English, and Sweden still scores.
    for (const country of ["SE", "IT", "PL", "FR", "FI", "PT", "se"]) expect(isLinguisticDestination(country), country).toBe(true);
    for (const country of ["IE", "DE", "AT", "ES", "GB", "CH", "BE", "LU", "MT", "US", "MX"]) expect(isLinguisticDestination(country), country).toBe(false);
    // Unknown to the table: no score, the commission corrects it by hand.
    expect(isLinguisticDestination("ZZ")).toBe(false);
    for (const [country, languages] of Object.entries(COUNTRY_LANGUAGES)) {
      expect(country).toMatch(/^[A-Z]{2}$/);
      expect(languages.length, country).toBeGreaterThan(0);
      for (const language of languages) expect(language, country).toMatch(/^[a-z]{2}$/);
    }
    expect(officialLanguages("fi")).toEqual(["fi", "sv"]);
  });
});

describe("budget", () => {
  it("awards down the ranking until the budget runs out, skipping non-grant-holders", () => {
    const ranked = rankCandidates(
      [
        candidate("a", { gradeAverage: 18 }),
        candidate("lu", { gradeAverage: 17, grantEligible: false, amount: 0 }),
        candidate("b", { gradeAverage: 16 }),
        candidate("c", { gradeAverage: 15 }),
      ],
      { social: 1, linguistic: 1, academic: 1 },
      [],
    );
    const { awards, remaining } = allocateBudget(ranked, 2500);
    expect(awards.map((a) => [a.id, a.reason])).toEqual([
      ["a", "awarded"],
      ["lu", "not_grant_eligible"],
      ["b", "awarded"],
      ["c", "budget_exhausted"],
    ]);
    expect(remaining).toBe(500);
  });

  it("never lets a cheaper candidate lower in the ranking overtake one whose grant no longer fits", () => {
    const ranked = rankCandidates(
      [candidate("big", { gradeAverage: 18, amount: 900 }), candidate("small", { gradeAverage: 10, amount: 100 })],
      { social: 1, linguistic: 1, academic: 1 },
      [],
    );
    expect(allocateBudget(ranked, 500).awards.map((a) => a.awarded)).toEqual([false, false]);
  });

  it("warns about a publication after 15 July", () => {
    expect(publicationIsLate(new Date("2027-07-15T20:00:00Z"))).toBe(false);
    expect(publicationIsLate(new Date("2027-07-16T08:00:00Z"))).toBe(true);
  });
});

describe("reimbursement", () => {
  it("asks back everything received without an accepted force majeure", () => {
    expect(amountOwed({ received: 1500, awarded: 1500, plannedDays: 120, daysSpent: 30, forceMajeureAccepted: false })).toEqual({ owed: 1500, kept: 0 });
  });

  it("lets the student keep the days actually spent with a force majeure accepted by the agency", () => {
    expect(amountOwed({ received: 1500, awarded: 1500, plannedDays: 120, daysSpent: 30, forceMajeureAccepted: true })).toEqual({ owed: 1125, kept: 375 });
  });

  it("owes nothing when nothing was received", () => {
    expect(amountOwed({ received: 0, awarded: 1500, plannedDays: 120, daysSpent: 0, forceMajeureAccepted: false }).owed).toBe(0);
  });
});
