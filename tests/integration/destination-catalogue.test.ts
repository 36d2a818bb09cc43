import { describe, expect, it } from "vitest";
import { destinationCatalogue } from "@/lib/server/round/destination-catalogue";
import { testDb } from "../support/db";
import { createRoundWithDestination } from "../support/applications";

describe("the destination catalogue", () => {
  it("lists the open rounds' destinations with places, filtered by teaching language and country", async () => {
    const open = await createRoundWithDestination();
    const closed = await createRoundWithDestination({ open: false });
    const full = await createRoundWithDestination();
    await testDb().roundDestination.updateMany({ where: { roundId: full.round.id }, data: { places: 0 } });

    const { rounds } = await destinationCatalogue({});
    const ids = rounds.map((r) => r.id);
    expect(ids).toContain(open.round.id);
    expect(ids).not.toContain(closed.round.id);
    const listed = rounds.find((r) => r.id === open.round.id)!.destinations;
    expect(listed).toEqual([
      expect.objectContaining({ id: open.partner.id, places: 2, languagesOfInstruction: ["sv", "en"], countryCode: "SE", hasFactSheet: false }),
    ]);
    expect(rounds.find((r) => r.id === full.round.id)!.destinations).toEqual([]);

    const { rounds: inGerman } = await destinationCatalogue({ language: "de" });
    expect(inGerman.find((r) => r.id === open.round.id)!.destinations).toEqual([]);
    expect((await destinationCatalogue({ language: "sv", country: "SE" })).rounds.find((r) => r.id === open.round.id)!.destinations).toHaveLength(1);
    expect((await destinationCatalogue({ country: "IT" })).rounds.find((r) => r.id === open.round.id)!.destinations).toEqual([]);
  });

  it("says what the signed agreement valid in the round's year allows: subject areas, levels, months and language", async () => {
    const { round, partner } = await createRoundWithDestination();
    const db = testDb();
    const condition = { iscedCode: "0613", eqfLevels: [7], monthsPerStudent: 5, studentsPerYear: 2 };
    await db.interInstitutionalAgreement.create({
      data: {
        partnerInstitutionId: partner.id,
        firstAcademicYear: "2026-2027",
        lastAcademicYear: "2027-2028",
        status: "SIGNED",
        conditions: {
          create: [
            { ...condition, position: 0, direction: "OUTGOING", languageCode: "en", languageLevel: "B2" },
            { ...condition, position: 1, direction: "INCOMING", iscedCode: "0500" },
          ],
        },
      },
    });
    // Neither a draft nor another year's agreement counts.
    await db.interInstitutionalAgreement.create({
      data: {
        partnerInstitutionId: partner.id,
        firstAcademicYear: "2027-2028",
        lastAcademicYear: "2027-2028",
        conditions: { create: [{ ...condition, position: 0, direction: "OUTGOING", iscedCode: "0700" }] },
      },
    });
    await db.interInstitutionalAgreement.create({
      data: {
        partnerInstitutionId: partner.id,
        firstAcademicYear: "2030-2031",
        lastAcademicYear: "2030-2031",
        status: "SIGNED",
        conditions: { create: [{ ...condition, position: 0, direction: "OUTGOING", iscedCode: "0800" }] },
      },
    });
    const { rounds } = await destinationCatalogue({});
    const [listed] = rounds.find((r) => r.id === round.id)!.destinations;
    expect(listed!.conditions).toEqual([{ iscedCode: "0613", eqfLevels: [7], monthsPerStudent: 5, languageCode: "en", languageLevel: "B2" }]);
  });
});
