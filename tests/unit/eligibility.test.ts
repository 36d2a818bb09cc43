import { describe, expect, it } from "vitest";
import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import { DEFAULT_ELIGIBLE_NATIONALITIES, EU_MEMBER_STATES } from "@/lib/domain/eligibility/countries";
import { RESIDENCE_STATUSES, type EligibilityAnswers, type RuleId } from "@/lib/domain/eligibility/types";

const eligible: EligibilityAnswers = {
  nationality: "FR",
  residenceStatus: "none",
  completedFirstYear: true,
  enrolledInDegreeProgramme: true,
  studyStart: "2027-09-01",
  studyEnd: "2028-01-31",
  fullRecognition: "yes",
  includesInternship: false,
  otherEuGrant: false,
  scholarshipHolder: false,
};

function outcome(answers: Partial<EligibilityAnswers>, rule: RuleId, list?: readonly string[]) {
  const result = evaluateEligibility(answers, list);
  return result.rules.find((r) => r.rule === rule)!;
}

describe("a student who meets every condition", () => {
  it("is eligible, with nothing to add to the dossier and a grant possible", () => {
    const result = evaluateEligibility(eligible);
    expect(result.verdict).toBe("eligible");
    expect(result.complete).toBe(true);
    expect(result.rules.every((r) => r.status === "met")).toBe(true);
    expect(result.documents).toEqual([]);
    expect(result.grant).toBe("grant_possible");
    expect(result.nationalityRoute).toBe("nationality");
  });

  it("lists every rule of the seed once", () => {
    expect(evaluateEligibility(eligible).rules.map((r) => r.rule)).toEqual([
      "nationality",
      "studyYearCompleted",
      "degreeProgramme",
      "duration",
      "recognition",
      "internship",
      "otherEuGrant",
      "ownNationalAgency",
    ]);
  });
});

describe("nationality", () => {
  it("admits every EU member state and Iceland, Liechtenstein and Norway", () => {
    for (const nationality of [...EU_MEMBER_STATES, "IS", "LI", "NO"]) {
      expect(outcome({ ...eligible, nationality }, "nationality").status, nationality).toBe("met");
    }
    expect(DEFAULT_ELIGIBLE_NATIONALITIES).toHaveLength(30);
  });

  it("admits the nationals of the states the seed names (PECO, Cyprus, Baltic states)", () => {
    for (const nationality of ["BG", "CZ", "PL", "SK", "SI", "RO", "HU", "CY", "EE", "LT", "LV"]) {
      expect(outcome({ ...eligible, nationality }, "nationality").status).toBe("met");
    }
  });

  it("refuses another nationality without a qualifying status", () => {
    expect(outcome({ ...eligible, nationality: "US", residenceStatus: "none" }, "nationality")).toMatchObject({
      status: "not_met",
      reason: "nationality.notEligible",
    });
  });

  it.each([
    ["refugee", "nationality.refugee"],
    ["stateless", "nationality.stateless"],
    ["permanent_resident_10y", "nationality.permanentResident"],
  ] as const)("admits any nationality with the status %s, asking for a copy of the card", (residenceStatus, reason) => {
    const result = evaluateEligibility({ ...eligible, nationality: "SY", residenceStatus });
    expect(result.rules[0]).toMatchObject({ status: "met", reason });
    expect(result.nationalityRoute).toBe("residence_status");
    expect(result.documents).toEqual(["resident_card_copy"]);
    expect(result.verdict).toBe("eligible");
  });

  it("admits a stateless person who has no nationality to give, asking for a copy of the status document", () => {
    const result = evaluateEligibility({ ...eligible, nationality: null, residenceStatus: "stateless" });
    expect(result.rules[0]).toMatchObject({ status: "met", reason: "nationality.stateless" });
    expect(result.nationalityRoute).toBe("residence_status");
    expect(result.documents).toEqual(["resident_card_copy"]);
    expect(result.verdict).toBe("eligible");
    expect(result.grant).toBe("grant_possible");
  });

  it("does not take a missing nationality for statelessness unless the status says so", () => {
    for (const residenceStatus of RESIDENCE_STATUSES.filter((s) => s !== "stateless")) {
      expect(outcome({ ...eligible, nationality: null, residenceStatus }, "nationality"), residenceStatus).toMatchObject({
        status: "to_confirm",
        reason: "nationality.unanswered",
      });
    }
  });

  it("does not accept a one-year residence permit", () => {
    const result = evaluateEligibility({ ...eligible, nationality: "MA", residenceStatus: "residence_permit_1y" });
    expect(result.rules[0]).toMatchObject({ status: "not_met", reason: "nationality.oneYearPermit" });
    expect(result.verdict).toBe("not_eligible");
    expect(result.documents).toEqual([]);
  });

  it("does not ask an EU national for a resident card whatever the status they give", () => {
    for (const residenceStatus of RESIDENCE_STATUSES) {
      const result = evaluateEligibility({ ...eligible, nationality: "DE", residenceStatus });
      expect(result.nationalityRoute).toBe("nationality");
      expect(result.documents).not.toContain("resident_card_copy");
    }
  });

  it("asks for the residence status when the nationality is not on the list", () => {
    expect(outcome({ ...eligible, residenceStatus: undefined, nationality: "CA" }, "nationality")).toMatchObject({
      status: "to_confirm",
      reason: "nationality.residenceUnanswered",
    });
  });

  it("refuses an unknown country code", () => {
    expect(outcome({ ...eligible, nationality: "XX" }, "nationality")).toMatchObject({
      status: "not_met",
      reason: "nationality.unknownCountry",
      params: { code: "XX" },
    });
  });

  it("takes the eligible nationalities as data that a round can extend", () => {
    expect(outcome({ ...eligible, nationality: "RS" }, "nationality").status).toBe("not_met");
    const extended = [...DEFAULT_ELIGIBLE_NATIONALITIES, "RS", "MK", "TR"];
    expect(outcome({ ...eligible, nationality: "RS" }, "nationality", extended).status).toBe("met");
  });
});

describe("studies at home", () => {
  it("requires one completed year of study", () => {
    expect(outcome({ ...eligible, completedFirstYear: false }, "studyYearCompleted").status).toBe("not_met");
    expect(evaluateEligibility({ ...eligible, completedFirstYear: false }).verdict).toBe("not_eligible");
  });

  it("requires enrolment in a degree programme, doctorate included", () => {
    expect(outcome({ ...eligible, enrolledInDegreeProgramme: false }, "degreeProgramme").status).toBe("not_met");
  });
});

describe("length of the study period", () => {
  const duration = (studyStart: string, studyEnd: string) => outcome({ ...eligible, studyStart, studyEnd }, "duration");

  it("accepts exactly 3 months and refuses one day less", () => {
    expect(duration("2027-09-01", "2027-11-30").status).toBe("met");
    expect(duration("2027-09-01", "2027-11-29")).toMatchObject({ status: "not_met", reason: "duration.tooShort" });
  });

  it("accepts exactly 12 months and refuses one day more", () => {
    expect(duration("2027-09-01", "2028-08-31").status).toBe("met");
    expect(duration("2027-09-01", "2028-09-01")).toMatchObject({ status: "not_met", reason: "duration.tooLong" });
  });

  it("counts February of a leap year by its 29 days", () => {
    expect(duration("2027-11-30", "2028-02-28").status).toBe("met");
    expect(duration("2027-11-30", "2028-02-27").status).toBe("not_met");
    expect(duration("2026-11-30", "2027-02-27").status).toBe("met");
    expect(duration("2026-11-30", "2027-02-26").status).toBe("not_met");
  });

  it("ends a year started on 29 February on 27 February", () => {
    expect(duration("2028-02-29", "2029-02-27").status).toBe("met");
    expect(duration("2028-02-29", "2029-02-28").status).toBe("not_met");
  });

  it("refuses a period that ends before it starts, or lasts one day", () => {
    expect(duration("2027-12-01", "2027-09-01")).toMatchObject({ status: "not_met", reason: "duration.endBeforeStart" });
    expect(duration("2027-09-01", "2027-09-01")).toMatchObject({ status: "not_met", reason: "duration.tooShort" });
  });

  it("refuses a date that does not exist", () => {
    expect(duration("2027-02-30", "2027-09-01")).toMatchObject({ status: "not_met", reason: "duration.invalidDate" });
  });

  it("waits for both dates", () => {
    expect(outcome({ ...eligible, studyEnd: undefined }, "duration")).toMatchObject({
      status: "to_confirm",
      reason: "duration.unanswered",
    });
  });
});

describe("recognition", () => {
  it.each([
    ["yes", "met"],
    ["no", "not_met"],
    ["unsure", "to_confirm"],
  ] as const)("answers %s as %s", (fullRecognition, status) => {
    expect(outcome({ ...eligible, fullRecognition }, "recognition").status).toBe(status);
  });

  it("makes an unsure student eligible with conditions", () => {
    expect(evaluateEligibility({ ...eligible, fullRecognition: "unsure" }).verdict).toBe("eligible_with_conditions");
  });
});

describe("internship", () => {
  const withInternship = (internshipStart?: string, internshipEnd?: string, study = { studyStart: "2027-09-01", studyEnd: "2027-12-20" }) =>
    outcome({ ...eligible, ...study, includesInternship: true, internshipStart, internshipEnd }, "internship");

  it("is allowed after at least 3 months of study", () => {
    expect(withInternship("2028-01-05", "2028-03-31")).toMatchObject({ status: "met", reason: "internship.precededByStudy" });
  });

  it("is allowed before at least 3 months of study", () => {
    expect(withInternship("2027-06-01", "2027-08-31")).toMatchObject({ status: "met", reason: "internship.followedByStudy" });
  });

  it("is refused during the study period", () => {
    expect(withInternship("2027-10-01", "2027-10-31")).toMatchObject({ status: "not_met", reason: "internship.overlaps" });
  });

  it("is refused next to less than 3 months of study", () => {
    expect(withInternship("2027-11-01", "2028-01-31", { studyStart: "2027-09-01", studyEnd: "2027-10-31" })).toMatchObject({
      status: "not_met",
      reason: "internship.studyTooShort",
    });
  });

  it("is refused when it ends before it starts", () => {
    expect(withInternship("2028-03-01", "2028-01-05").reason).toBe("internship.endBeforeStart");
  });

  it("waits for its dates", () => {
    expect(withInternship(undefined, undefined)).toMatchObject({ status: "to_confirm", reason: "internship.datesMissing" });
  });
});

describe("grants", () => {
  it("never promises a grant to someone who is not eligible, whatever else they answered", () => {
    const notEligible: EligibilityAnswers[] = [
      { ...eligible, nationality: "MA", residenceStatus: "none" },
      { ...eligible, nationality: "LU", enrolledInDegreeProgramme: false },
    ];
    for (const answers of notEligible) {
      const result = evaluateEligibility(answers);
      expect(result.verdict).toBe("not_eligible");
      expect(result.grant).toBe("no_grant_not_eligible");
    }
  });

  it("lets a student with another EU grant go, without the Erasmus+ grant", () => {
    const result = evaluateEligibility({ ...eligible, otherEuGrant: true });
    expect(result.verdict).toBe("eligible_with_conditions");
    expect(result.grant).toBe("no_grant_other_eu_grant");
  });

  it.each(["LU", "LI"])("counts a %s national as a non-grant-holder who signs a declaration on honour", (nationality) => {
    const result = evaluateEligibility({ ...eligible, nationality });
    expect(result.verdict).toBe("eligible_with_conditions");
    expect(result.rules.find((r) => r.rule === "ownNationalAgency")).toMatchObject({
      status: "to_confirm",
      reason: "ownAgency.declarationNeeded",
    });
    expect(result.documents).toEqual(["declaration_on_honour"]);
    expect(result.grant).toBe("non_grant_holder_own_agency");
  });

  it("asks a scholarship holder for the scholarship notification", () => {
    expect(evaluateEligibility({ ...eligible, scholarshipHolder: true }).documents).toEqual(["scholarship_notification"]);
  });

  it("adds every document that several answers trigger, in a fixed order", () => {
    const result = evaluateEligibility({ ...eligible, nationality: "LU", scholarshipHolder: true });
    expect(result.documents).toEqual(["scholarship_notification", "declaration_on_honour"]);
  });
});

describe("verdict", () => {
  it("is not eligible as soon as one rule is not met, whatever else is to confirm", () => {
    const result = evaluateEligibility({ ...eligible, nationality: "LU", fullRecognition: "unsure", completedFirstYear: false });
    expect(result.verdict).toBe("not_eligible");
  });

  it("is incomplete while questions are unanswered, and says which", () => {
    const result = evaluateEligibility({ nationality: "FR" });
    expect(result.complete).toBe(false);
    expect(result.verdict).toBe("eligible_with_conditions");
    expect(result.rules.filter((r) => r.reason.endsWith(".unanswered")).map((r) => r.rule)).toEqual([
      "studyYearCompleted",
      "degreeProgramme",
      "duration",
      "recognition",
      "internship",
      "otherEuGrant",
    ]);
  });

  it("is certain for a failed rule even while the form is incomplete", () => {
    expect(evaluateEligibility({ nationality: "US", residenceStatus: "residence_permit_1y" }).verdict).toBe("not_eligible");
  });
});
