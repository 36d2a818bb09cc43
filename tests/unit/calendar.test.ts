import { describe, expect, it } from "vitest";
import { addMonths, daysInclusive, lastsAtLeastMonths, lastsAtMostMonths, parseIsoDate, toIsoDate } from "@/lib/domain/calendar";

const d = (iso: string) => parseIsoDate(iso)!;

describe("plain dates", () => {
  it("parses real dates and refuses impossible ones", () => {
    expect(toIsoDate(d("2028-02-29"))).toBe("2028-02-29");
    expect(parseIsoDate("2027-02-29")).toBeNull();
    expect(parseIsoDate("2027-13-01")).toBeNull();
    expect(parseIsoDate("01/09/2027")).toBeNull();
    expect(parseIsoDate("")).toBeNull();
  });

  it("adds months, landing on the last day of a shorter month", () => {
    expect(toIsoDate(addMonths(d("2027-01-31"), 1))).toBe("2027-02-28");
    expect(toIsoDate(addMonths(d("2028-01-31"), 1))).toBe("2028-02-29");
    expect(toIsoDate(addMonths(d("2027-11-30"), 3))).toBe("2028-02-29");
    expect(toIsoDate(addMonths(d("2027-09-01"), 12))).toBe("2028-09-01");
    expect(toIsoDate(addMonths(d("2027-12-15"), 1))).toBe("2028-01-15");
  });

  it("counts days with both ends included", () => {
    expect(daysInclusive(d("2027-09-01"), d("2027-09-01"))).toBe(1);
    expect(daysInclusive(d("2028-02-01"), d("2028-02-29"))).toBe(29);
  });

  it("says a period of first and last day lasts whole months", () => {
    expect(lastsAtLeastMonths(d("2027-09-01"), d("2027-11-30"), 3)).toBe(true);
    expect(lastsAtLeastMonths(d("2027-09-01"), d("2027-11-29"), 3)).toBe(false);
    expect(lastsAtMostMonths(d("2027-09-01"), d("2028-08-31"), 12)).toBe(true);
    expect(lastsAtMostMonths(d("2027-09-01"), d("2028-09-01"), 12)).toBe(false);
  });
});
