import { describe, expect, it } from "vitest";
import { POST as gradeConversion } from "@/app/api/v1/grade-conversion/route";
import { POST as grantCalculation } from "@/app/api/v1/grants/calculate/route";
import { PROGRAMME_PRESET } from "@/lib/domain/grant/rate-table";
import { ECTS, HOME } from "../support/grading-tables";

function post(handler: (request: Request) => Promise<Response>, path: string, body: unknown, lang = "en") {
  return handler(
    new Request(`http://portal.test${path}?lang=${lang}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://another-site.example" },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const convert = (body: unknown, lang?: string) => post(gradeConversion, "/api/v1/grade-conversion", body, lang);
const calculate = (body: unknown, lang?: string) => post(grantCalculation, "/api/v1/grants/calculate", body, lang);

async function fieldErrors(response: Response) {
  expect(response.status).toBe(400);
  const body = await response.json();
  expect(body.error).toBe("invalid");
  return body.fieldErrors as Array<{ field: string; code: string; message: string }>;
}

describe("POST /api/v1/grade-conversion", () => {
  it("converts a grade and shows both bands, from any site", async () => {
    const response = await convert({ from: ECTS, to: HOME, grade: "B" });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ converted: "14", fromBand: [10, 30], toBand: [5, 20] });
  });

  it("refuses an unknown grade, a negative or fractional count, an empty list, a table of zeros, with field errors", async () => {
    expect(await fieldErrors(await convert({ from: ECTS, to: HOME, grade: "F" }))).toEqual([
      { field: "grade", code: "unknownGrade", message: "This grade is not in the table it is converted from." },
    ]);
    const negative = await fieldErrors(await convert({ from: [{ grade: "A", count: -1 }, ...ECTS.slice(1)], to: HOME, grade: "B" }));
    expect(negative.map((e) => e.field)).toEqual(["from.0.count"]);
    const fractional = await fieldErrors(await convert({ from: ECTS, to: [{ grade: "16", count: 2.5 }], grade: "B" }));
    expect(fractional.map((e) => e.field)).toEqual(["to.0.count"]);
    const empty = await fieldErrors(await convert({ from: ECTS, to: [], grade: "B" }, "fr"));
    expect(empty).toEqual([{ field: "to", code: "gradingTableEmpty", message: expect.stringContaining("Indiquez les notes") }]);
    const zeros = await fieldErrors(await convert({ from: ECTS.map((r) => ({ ...r, count: 0 })), to: HOME, grade: "B" }));
    expect(zeros.map((e) => [e.field, e.code])).toEqual([["from", "gradingTableAllZero"]]);
    const missing = await fieldErrors(await convert({ from: ECTS }));
    expect(missing.map((e) => e.field).sort()).toEqual(["grade", "to"]);
  });

  it("refuses what is not JSON", async () => {
    const response = await convert("{not json");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "malformed_json" });
  });
});

describe("POST /api/v1/grants/calculate", () => {
  it("computes a preset's amount with its breakdown", async () => {
    const response = await calculate({ rateTable: "programme", country: "se", startDate: "2027-09-01", endDate: "2027-12-15" });
    expect(response.status).toBe(200);
    // 3 months at 600 € + 15 days at 20 €.
    expect(await response.json()).toEqual({
      locale: "en",
      amount: 2100,
      currency: "EUR",
      months: 3,
      extraDays: 15,
      monthlyRate: 600,
      lines: [{ kind: "groupMonthly", label: "Group 1: €600.00 per month × 3 months and 15 days", amount: 2100 }],
      topUps: [],
    });
  });

  it("adds the top-ups the rate table knows", async () => {
    const response = await calculate({
      rateTable: "programme",
      country: "PL",
      startDate: "2027-09-01",
      endDate: "2027-11-30",
      topUps: { fewerOpportunities: true, greenTravel: true, extraTravelDays: 2 },
    });
    const body = await response.json();
    expect(body).toMatchObject({ amount: 1470 + 750 + 190, monthlyRate: 490, months: 3, extraDays: 0 });
    expect(body.topUps).toEqual([
      { kind: "fewerOpportunities", amount: 750 },
      { kind: "greenTravel", amount: 190 },
    ]);
  });

  it("takes a rate table as a round stores it", async () => {
    const table = { ...PROGRAMME_PRESET, groupRates: { 1: 700, 2: 600, 3: 500 } };
    const body = await (await calculate({ rateTable: table, country: "FI", startDate: "2027-09-01", endDate: "2027-09-30" }, "fr")).json();
    expect(body).toMatchObject({ locale: "fr", amount: 700, monthlyRate: 700 });
    expect(body.lines[0].label).toMatch(/^Groupe 1 : 700,00\s€ par mois/u);
    const seed = await (await calculate({ rateTable: "seed", country: "SE", startDate: "2027-09-01", endDate: "2027-11-30" })).json();
    expect(seed).toMatchObject({ amount: 300, monthlyRate: 100 });
  });

  it("refuses bad input with field errors, never a 500", async () => {
    expect((await fieldErrors(await calculate({ rateTable: "programme", country: "US", startDate: "2027-09-01", endDate: "2027-11-30" })))[0]).toMatchObject({
      field: "country",
      code: "noRateForCountry",
    });
    const dates = await fieldErrors(await calculate({ rateTable: "programme", country: "SE", startDate: "2027-02-30", endDate: "2027-01-01" }));
    expect(dates.map((e) => [e.field, e.code])).toEqual([["startDate", "date"]]);
    const order = await fieldErrors(await calculate({ rateTable: "programme", country: "SE", startDate: "2027-09-01", endDate: "2027-08-01" }));
    expect(order.map((e) => [e.field, e.code])).toEqual([["endDate", "endBeforeStart"]]);
    const topUp = await fieldErrors(
      await calculate({ rateTable: "seed", country: "SE", startDate: "2027-09-01", endDate: "2027-11-30", topUps: { traineeship: true } }),
    );
    expect(topUp.map((e) => [e.field, e.code])).toEqual([["topUps.traineeship", "unknownTopUp"]]);
    const unknownTopUp = await fieldErrors(
      await calculate({ rateTable: "programme", country: "SE", startDate: "2027-09-01", endDate: "2027-11-30", topUps: { lottery: true } }),
    );
    expect(unknownTopUp[0]?.field).toBe("topUps");
    const preset = await fieldErrors(await calculate({ rateTable: "generous", country: "SE", startDate: "2027-09-01", endDate: "2027-11-30" }));
    expect(preset.map((e) => e.field)).toEqual(["rateTable"]);
  });
});
