import { describe, expect, it } from "vitest";
import { dateInZone, endOfDayInZone, isIntakeOpen, openIntakes, parseMonthDay } from "@/lib/domain/incoming/deadlines";

const DEADLINES = { autumn: "--05-31", spring: "--11-30" };
const PARIS = "Europe/Paris";

describe("deadline instants in the school's time zone", () => {
  it("ends 31 May at midnight Paris time, which is 22:00 UTC in summer", () => {
    expect(endOfDayInZone(2027, 5, 31, PARIS).toISOString()).toBe("2027-05-31T22:00:00.000Z");
  });

  it("ends 30 November at midnight Paris time, which is 23:00 UTC in winter", () => {
    expect(endOfDayInZone(2026, 11, 30, PARIS).toISOString()).toBe("2026-11-30T23:00:00.000Z");
  });

  it("reads the calendar date where the school is", () => {
    expect(dateInZone(new Date("2026-11-30T23:30:00Z"), PARIS)).toEqual({ year: 2026, month: 12, day: 1 });
    expect(dateInZone(new Date("2026-11-30T22:30:00Z"), PARIS)).toEqual({ year: 2026, month: 11, day: 30 });
  });

  it("reads month-days with or without the EWP dashes", () => {
    expect(parseMonthDay("--05-31")).toEqual({ month: 5, day: 31 });
    expect(parseMonthDay("11-30")).toEqual({ month: 11, day: 30 });
    expect(() => parseMonthDay("31/05")).toThrow();
  });
});

describe("open intakes", () => {
  it("offers the coming second semester and the next first semester, soonest first, with the days left", () => {
    const intakes = openIntakes(new Date("2026-11-24T10:00:00Z"), DEADLINES, PARIS);
    expect(intakes.map((i) => [i.semester, i.academicYear, i.deadlineDate, i.daysLeft])).toEqual([
      ["SPRING", "2026-2027", "2026-11-30", 6],
      ["AUTUMN", "2027-2028", "2027-05-31", 188],
    ]);
  });

  it("still accepts an application at 23:59 in Paris on the deadline day, with 0 days left", () => {
    const lastMinute = new Date("2026-11-30T22:59:00Z");
    expect(openIntakes(lastMinute, DEADLINES, PARIS)[0]).toMatchObject({ semester: "SPRING", academicYear: "2026-2027", daysLeft: 0 });
    expect(isIntakeOpen(lastMinute, "SPRING", "2026-2027", DEADLINES, PARIS)).toBe(true);
  });

  it("closes at midnight in Paris, although it is still 30 November in UTC", () => {
    const justAfter = new Date("2026-11-30T23:00:00Z");
    expect(isIntakeOpen(justAfter, "SPRING", "2026-2027", DEADLINES, PARIS)).toBe(false);
    expect(openIntakes(justAfter, DEADLINES, PARIS).map((i) => [i.semester, i.academicYear])).toEqual([
      ["AUTUMN", "2027-2028"],
      ["SPRING", "2027-2028"],
    ]);
  });

  it("closes the first semester after 31 May and offers the next year's", () => {
    const june = new Date("2027-06-01T08:00:00Z");
    expect(isIntakeOpen(june, "AUTUMN", "2027-2028", DEADLINES, PARIS)).toBe(false);
    expect(openIntakes(june, DEADLINES, PARIS)).toEqual([
      expect.objectContaining({ semester: "SPRING", academicYear: "2027-2028", deadlineDate: "2027-11-30" }),
      expect.objectContaining({ semester: "AUTUMN", academicYear: "2028-2029", deadlineDate: "2028-05-31" }),
    ]);
  });

  it("follows the time zone it is given", () => {
    const instant = new Date("2026-11-30T23:30:00Z");
    expect(isIntakeOpen(instant, "SPRING", "2026-2027", DEADLINES, "America/New_York")).toBe(true);
    expect(isIntakeOpen(instant, "SPRING", "2026-2027", DEADLINES, PARIS)).toBe(false);
  });
});
