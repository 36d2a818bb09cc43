import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/v1/eligibility/route";
import { updateRoundSettings } from "@/lib/server/round/update-round-settings";
import { eligibilityContextFor } from "@/lib/server/round/eligible-nationalities";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";

const answers = {
  nationality: "fr",
  residenceStatus: "none",
  completedFirstYear: true,
  enrolledInDegreeProgramme: true,
  studyStart: "2027-09-01",
  studyEnd: "2028-01-31",
  fullRecognition: "yes",
  includesInternship: false,
  otherEuGrant: false,
  scholarshipHolder: true,
};

function post(body: unknown, init: { lang?: string; headers?: Record<string, string>; raw?: string } = {}) {
  const url = `http://portal.test/api/v1/eligibility${init.lang ? `?lang=${init.lang}` : ""}`;
  return POST(
    new Request(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...init.headers },
      body: init.raw ?? JSON.stringify(body),
    }),
  );
}

async function createRound(additionalEligibleNationalities: string[] = [], daysOpen = 1) {
  const now = Date.now();
  return testDb().applicationRound.create({
    data: {
      name: `Round ${uniqueSuffix()}`,
      academicYear: "2030-2031",
      semesters: ["AUTUMN"],
      opensAt: new Date(now - 86_400_000),
      deadline: new Date(now + daysOpen * 86_400_000),
      additionalEligibleNationalities,
    },
  });
}

describe("POST /api/v1/eligibility", () => {
  it("answers a complete request with the verdict, every rule explained, documents and grant", async () => {
    const response = await post({ answers }, { lang: "en" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.verdict).toBe("eligible");
    expect(body.verdictText).toBe("You are eligible.");
    expect(body.complete).toBe(true);
    expect(body.rules).toHaveLength(8);
    expect(body.rules[0]).toEqual({
      rule: "nationality",
      title: "Nationality or residence status",
      status: "met",
      reason: "nationality.eligibleCountry",
      explanation: "Your nationality is one of the eligible countries.",
    });
    expect(body.documents).toEqual([{ code: "scholarship_notification", label: "A copy of your higher-education scholarship notification" }]);
    expect(body.grant.code).toBe("grant_possible");
  });

  it("explains in French when asked, by parameter or by Accept-Language", async () => {
    const byParam = await (await post({ answers: { ...answers, nationality: "LU" } }, { lang: "fr" })).json();
    expect(byParam.verdictText).toBe("Vous êtes éligible, sous conditions.");
    expect(byParam.grant.code).toBe("non_grant_holder_own_agency");
    const byHeader = await (await post({ answers }, { headers: { "accept-language": "fr-FR,fr;q=0.9" } })).json();
    expect(byHeader.locale).toBe("fr");
  });

  it("says why a stay one day short of 3 months is not eligible", async () => {
    const body = await (await post({ answers: { ...answers, studyEnd: "2027-11-29" } }, { lang: "en" })).json();
    expect(body.verdict).toBe("not_eligible");
    expect(body.rules.find((r: { rule: string }) => r.rule === "duration")).toMatchObject({
      status: "not_met",
      reason: "duration.tooShort",
    });
  });

  it("accepts no nationality from a stateless person, and only from them", async () => {
    const stateless = await post({ answers: { ...answers, nationality: null, residenceStatus: "stateless" } }, { lang: "en" });
    expect(stateless.status).toBe(200);
    expect((await stateless.json()).rules[0]).toMatchObject({ rule: "nationality", status: "met", reason: "nationality.stateless" });
    const omitted = await post({ answers: { ...answers, nationality: undefined, residenceStatus: "stateless" } }, { lang: "en" });
    expect(omitted.status).toBe(200);
    for (const residenceStatus of ["none", "refugee", "permanent_resident_10y", "residence_permit_1y"]) {
      const refused = await post({ answers: { ...answers, nationality: null, residenceStatus } }, { lang: "fr" });
      expect(refused.status, residenceStatus).toBe(400);
      expect((await refused.json()).fieldErrors).toEqual([{ field: "answers.nationality", code: "required", message: "Ce champ est obligatoire." }]);
    }
  });

  it("returns 400 with a machine-readable list of field errors for missing fields and wrong types", async () => {
    const response = await post({ answers: { ...answers, completedFirstYear: "yes", studyStart: "01/09/2027", nationality: undefined } }, { lang: "en" });
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe("invalid");
    const fields = body.fieldErrors.map((e: { field: string }) => e.field).sort();
    expect(fields).toEqual(["answers.completedFirstYear", "answers.nationality", "answers.studyStart"]);
    expect(body.fieldErrors.find((e: { field: string }) => e.field === "answers.studyStart")).toEqual({
      field: "answers.studyStart",
      code: "date",
      message: "Enter a date (day, month, year).",
    });
  });

  it("refuses an unknown country code as a field error", async () => {
    const body = await (await post({ answers: { ...answers, nationality: "XX" } }, { lang: "en" })).json();
    expect(body.fieldErrors).toEqual([{ field: "answers.nationality", code: "unknownCountry", message: "Choose a country from the list." }]);
  });

  it("requires the internship dates when there is an internship", async () => {
    const body = await (await post({ answers: { ...answers, includesInternship: true } })).json();
    expect(body.fieldErrors.map((e: { field: string }) => e.field)).toEqual(["answers.internshipStart", "answers.internshipEnd"]);
  });

  it("returns 400 for malformed JSON", async () => {
    const response = await post(null, { raw: '{"answers": {"nationality": "FR",' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: "malformed_json" });
  });

  it("returns 400 for JSON that is not an object", async () => {
    const response = await post(null, { raw: "[1,2,3]" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe("invalid");
  });

  it("refuses a huge payload with 413 without parsing it", async () => {
    const response = await post(null, { raw: JSON.stringify({ answers, padding: "x".repeat(200_000) }) });
    expect(response.status).toBe(413);
  });

  it("refuses a body that is not JSON with 415", async () => {
    const response = await post(null, { raw: "nationality=FR", headers: { "content-type": "application/x-www-form-urlencoded" } });
    expect(response.status).toBe(415);
  });

  it("applies a round's additional nationalities, and 404s an unknown round", async () => {
    await createRound([], 1);
    const round = await createRound(["RS"], 30);
    const serbian = { ...answers, nationality: "RS" };
    // Without a round id, the open round closing first applies.
    expect((await (await post({ answers: serbian })).json()).verdict).toBe("not_eligible");
    expect((await (await post({ answers: serbian, roundId: round.id })).json()).verdict).toBe("eligible");
    expect((await post({ answers, roundId: "no-such-round" })).status).toBe(404);
  });
});

describe("a round's eligible nationalities", () => {
  it("are extended by an administrator, with an audit entry", async () => {
    const admin = await createUser("ADMINISTRATOR");
    const round = await createRound();
    await updateRoundSettings(admin, round.id, { nationalities: ["TR", "MK", "TR"], learningAgreementNeedsOfficeApproval: false });
    const context = await eligibilityContextFor(round.id);
    expect(context?.nationalities).toEqual(expect.arrayContaining(["FR", "NO", "MK", "TR"]));
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: round.id } });
    expect(audit).toMatchObject({ actorId: admin.id, action: "round.eligible_nationalities_changed", toState: "MK,TR" });
  });

  it("cannot be changed by anyone but an administrator", async () => {
    const round = await createRound();
    for (const role of ["STUDENT", "DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE", "GRANT_COMMISSION", "HOST_COORDINATOR"] as const) {
      const user = await createUser(role);
      await expect(updateRoundSettings(user, round.id, { nationalities: ["RS"], learningAgreementNeedsOfficeApproval: true })).rejects.toMatchObject({
        code: "forbidden",
      });
    }
    const unchanged = await testDb().applicationRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(unchanged.additionalEligibleNationalities).toEqual([]);
  });
});
