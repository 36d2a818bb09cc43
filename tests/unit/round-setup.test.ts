import { describe, expect, it } from "vitest";
import {
  calendarProblems,
  copyForNextYear,
  dayOfEnd,
  dayOfStart,
  endOfDay,
  isAcademicYear,
  nextAcademicYear,
  sameDayNextYear,
  startOfDay,
} from "@/lib/domain/round";

describe("a round's days, in French time", () => {
  it("opens at midnight in Paris and ends when its last day ends, summer or winter", () => {
    expect(startOfDay("2027-01-15").toISOString()).toBe("2027-01-14T23:00:00.000Z");
    expect(endOfDay("2027-03-31").toISOString()).toBe("2027-03-31T22:00:00.000Z");
    expect(endOfDay("2027-12-31").toISOString()).toBe("2027-12-31T23:00:00.000Z");
  });

  it("reads back as the days the office typed", () => {
    for (const day of ["2027-01-15", "2027-03-28", "2027-10-31", "2028-02-29"]) {
      expect(dayOfStart(startOfDay(day))).toBe(day);
      expect(dayOfEnd(endOfDay(day))).toBe(day);
    }
  });
});

describe("academic years", () => {
  it.each(["2026-2027", "1999-2000"])("accepts %s", (year) => expect(isAcademicYear(year)).toBe(true));
  it.each(["2026-2028", "2026/2027", "26-27", "2027-2026", ""])("refuses %j", (year) => expect(isAcademicYear(year)).toBe(false));
  it("moves on by one", () => expect(nextAcademicYear("2026-2027")).toBe("2027-2028"));
});

describe("a round's calendar", () => {
  const calendar = { opensOn: "2027-01-15", lastDay: "2027-03-31", afterSelectionDue: "2027-05-31", beforeDepartureDue: "2027-07-15" };

  it("is in order", () => expect(calendarProblems(calendar)).toEqual([]));

  it("says which date comes too early", () => {
    expect(calendarProblems({ ...calendar, lastDay: "2027-01-14" })).toEqual(["lastDay"]);
    expect(calendarProblems({ ...calendar, afterSelectionDue: "2027-03-31" })).toEqual(["afterSelectionDue"]);
    expect(calendarProblems({ ...calendar, beforeDepartureDue: "2027-05-01" })).toEqual(["beforeDepartureDue"]);
    expect(calendarProblems({ ...calendar, afterSelectionDue: "", beforeDepartureDue: "2027-03-01" })).toEqual(["beforeDepartureDue"]);
  });

  it("allows a round of one day, and due dates not set yet", () => {
    expect(calendarProblems({ opensOn: "2027-01-15", lastDay: "2027-01-15", afterSelectionDue: "", beforeDepartureDue: "" })).toEqual([]);
  });

  it("is copied to next year day for day, the name's year moved on", () => {
    expect(copyForNextYear({ name: "Erasmus+ 2026-2027", academicYear: "2026-2027", ...calendar, afterSelectionDue: "" })).toEqual({
      name: "Erasmus+ 2027-2028",
      academicYear: "2027-2028",
      opensOn: "2028-01-15",
      lastDay: "2028-03-31",
      afterSelectionDue: "",
      beforeDepartureDue: "2028-07-15",
    });
    expect(copyForNextYear({ name: "Printemps", academicYear: "2026-2027", ...calendar }).name).toBe("Printemps 2027-2028");
    expect(sameDayNextYear("2028-02-29")).toBe("2029-02-28");
  });
});
