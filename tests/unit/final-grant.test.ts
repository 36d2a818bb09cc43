import { describe, expect, it } from "vitest";
import { DEFAULT_FINAL_GRANT_RULES, finalGrant, paymentSchedule, periodDays, type FinalGrantCase } from "@/lib/domain/grant/final-grant";
import { PROGRAMME_PRESET } from "@/lib/domain/grant/rate-table";

// Sweden, group 1: 600 € a month, 20 € a day. Contracted 1 Sep → 31 Jan: 5 months, 3,000 €.
const sweden = (actual: { start: string; end: string }, more: Partial<FinalGrantCase> = {}): FinalGrantCase => ({
  table: PROGRAMME_PRESET,
  grantCase: { countryCode: "SE" },
  contractedAmount: 3000,
  contracted: { start: "2027-09-01", end: "2028-01-31" },
  actual,
  longerStayAmended: false,
  forceMajeureAccepted: false,
  rules: DEFAULT_FINAL_GRANT_RULES,
  ...more,
});

describe("the stay's days", () => {
  it("counts the first and the last day", () => {
    expect(periodDays({ start: "2027-09-01", end: "2027-09-01" })).toBe(1);
    expect(periodDays({ start: "2027-09-01", end: "2028-01-31" })).toBe(153);
    expect(periodDays({ start: "2027-09-02", end: "2027-09-01" })).toBeNull();
  });
});

describe("the final grant on the actual dates", () => {
  it("changes nothing within 5 days of the contracted length, shorter or longer", () => {
    expect(finalGrant(sweden({ start: "2027-09-03", end: "2028-01-29" }))).toMatchObject({ basis: "within_tolerance", differenceDays: -4, amount: 3000 });
    expect(finalGrant(sweden({ start: "2027-08-30", end: "2028-02-02" }))).toMatchObject({ basis: "within_tolerance", differenceDays: 4, amount: 3000 });
    // Five days is still within; six is not.
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2028-01-26" }))).toMatchObject({ basis: "within_tolerance", differenceDays: -5, amount: 3000 });
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2028-01-25" }))).toMatchObject({ basis: "shorter", differenceDays: -6 });
  });

  it("reduces a shorter stay to its actual days", () => {
    // 1 Sep → 20 Dec: 3 months and 20 days = 1,800 + 20 × 20 = 2,200 €.
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2027-12-20" }))).toMatchObject({
      basis: "shorter",
      actualLength: { months: 3, days: 20 },
      amount: 2200,
    });
    // Poland, group 3: 490 € a month, 16.333… a day: 4 months 10 days = 1,960 + 163.33 = 2,123.33 €.
    const poland = finalGrant({
      ...sweden({ start: "2027-09-01", end: "2028-01-10" }),
      grantCase: { countryCode: "PL" },
      contractedAmount: 2450,
    });
    expect(poland).toMatchObject({ basis: "shorter", amount: 2123.33 });
  });

  it("pays a longer stay only with an amendment", () => {
    // 1 Sep → 15 Feb: 5 months 15 days = 3,000 + 300 = 3,300 €.
    const longer = { start: "2027-09-01", end: "2028-02-15" };
    expect(finalGrant(sweden(longer))).toMatchObject({ basis: "longer_not_amended", differenceDays: 15, amount: 3000 });
    expect(finalGrant(sweden(longer, { longerStayAmended: true }))).toMatchObject({ basis: "longer_amended", amount: 3300 });
  });

  it("pays back a stay under the minimum in full unless a force majeure is accepted", () => {
    // 1 Sep → 15 Nov: 2 months 15 days, under 3 months.
    const short = { start: "2027-09-01", end: "2027-11-15" };
    expect(finalGrant(sweden(short))).toMatchObject({ basis: "under_minimum", amount: 0 });
    // With the force majeure: 1,200 + 15 × 20 = 1,500 €.
    expect(finalGrant(sweden(short, { forceMajeureAccepted: true }))).toMatchObject({ basis: "under_minimum_force_majeure", amount: 1500 });
    // The minimum comes before the tolerance: a 3-month contract ended 2 days early is under it.
    const threeMonths = sweden({ start: "2027-09-01", end: "2027-11-28" }, { contracted: { start: "2027-09-01", end: "2027-11-30" }, contractedAmount: 1800 });
    expect(finalGrant(threeMonths)).toMatchObject({ basis: "under_minimum", amount: 0 });
  });

  it("applies the round's own settings", () => {
    const rules = { toleranceDays: 0, minimumMonths: 2, prefinancingPercent: 70 };
    // 1 Sep → 25 Jan: 4 months 25 days = 2,400 + 500.
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2028-01-25" }, { rules }))).toMatchObject({ basis: "shorter", amount: 2900 });
    // 30 days of a 31-day month pay like the whole month, as the rate table counts them.
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2028-01-30" }, { rules }))).toMatchObject({ basis: "shorter", amount: 3000 });
    expect(finalGrant(sweden({ start: "2027-09-01", end: "2027-11-15" }, { rules }))).toMatchObject({ basis: "shorter", amount: 1500 });
  });

  it("keeps top-ups: green travel stays whole, monthly top-ups follow the days", () => {
    const result = finalGrant({
      ...sweden({ start: "2027-09-01", end: "2027-12-20" }),
      grantCase: { countryCode: "SE", fewerOpportunities: true, greenTravel: true, extraTravelDays: 2 },
      contractedAmount: 3000 + 1250 + 190,
    });
    // 2,200 + fewer opportunities 3 × 250 + 20 × 250/30 (916.67) + green travel 50 + 2 × 70.
    expect(result?.amount).toBe(3306.67);
  });

  it("refuses a period that ends before it starts", () => {
    expect(finalGrant(sweden({ start: "2028-01-01", end: "2027-12-01" }))).toBeNull();
  });
});

describe("the payment schedule", () => {
  it("pays 80 % at departure and the balance once the attendance is confirmed", () => {
    expect(paymentSchedule(3000, null, 80)).toEqual({ prefinancing: 2400, total: 3000, provisional: true, balance: 600, toReimburse: 0 });
    expect(paymentSchedule(3000, 3000, 80)).toEqual({ prefinancing: 2400, total: 3000, provisional: false, balance: 600, toReimburse: 0 });
  });

  it("asks back what was paid above a lower final amount", () => {
    expect(paymentSchedule(3000, 2200, 80)).toEqual({ prefinancing: 2400, total: 2200, provisional: false, balance: 0, toReimburse: 200 });
    expect(paymentSchedule(3000, 0, 80)).toMatchObject({ balance: 0, toReimburse: 2400 });
  });

  it("rounds the pre-financing to the cent", () => {
    expect(paymentSchedule(2123.33, null, 80)).toMatchObject({ prefinancing: 1698.66, balance: 424.67 });
  });
});
