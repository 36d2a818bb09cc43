import { describe, expect, it } from "vitest";
import { digestDay, digestDue, digestItemPath } from "@/lib/domain/staff-digest";

describe("the staff digest's clock", () => {
  it("counts days and the 7:00 start in Paris time, in winter (UTC+1) and summer (UTC+2)", () => {
    expect(digestDue(new Date("2027-01-15T05:59:00Z"))).toBe(false); // 6:59 in Paris
    expect(digestDue(new Date("2027-01-15T06:00:00Z"))).toBe(true); // 7:00
    expect(digestDue(new Date("2027-07-15T04:59:00Z"))).toBe(false); // 6:59 summer time
    expect(digestDue(new Date("2027-07-15T05:00:00Z"))).toBe(true);
    expect(digestDue(new Date("2027-07-15T21:59:00Z"))).toBe(true); // 23:59, still the same day
  });

  it("gives the Paris calendar day, which is not the UTC day around midnight", () => {
    expect(digestDay(new Date("2027-01-15T23:30:00Z"))).toBe("2027-01-16");
    expect(digestDay(new Date("2027-07-15T22:30:00Z"))).toBe("2027-07-16");
    expect(digestDay(new Date("2027-07-15T21:30:00Z"))).toBe("2027-07-15");
    expect(digestDay(new Date("2027-12-31T23:00:00Z"))).toBe("2028-01-01");
  });

  it("links each item to the page where it is done", () => {
    expect(digestItemPath({ kind: "submitted", applicationId: "a1", student: "Ana", round: "R" })).toBe("/coordinator/applications/a1");
    expect(digestItemPath({ kind: "replaced", applicationId: "a1", student: "Ana", piece: "CV" })).toBe("/coordinator/applications/a1");
    expect(digestItemPath({ kind: "agreementToSign", applicationId: "a1", student: "Ana", version: 2 })).toBe(
      "/coordinator/applications/a1/learning-agreement",
    );
  });
});
