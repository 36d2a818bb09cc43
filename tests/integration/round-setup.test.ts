import { describe, expect, it } from "vitest";
import { saveRound } from "@/lib/server/round/save-round";
import { copyRound } from "@/lib/server/round/copy-round";
import { deleteRound } from "@/lib/server/round/delete-round";
import { saveRoundDestinations } from "@/lib/server/round/save-destinations";
import { getRoundSetup } from "@/lib/server/round/get-round-setup";
import { startApplication } from "@/lib/server/application/start-application";
import { ZRound } from "@/lib/validation/round-setup";
import { dayOfEnd, sameDayNextYear } from "@/lib/domain/round";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";
import { createRoundWithDestination, newStudent } from "../support/applications";

function roundInput(overrides: Record<string, unknown> = {}) {
  return ZRound.parse({
    name: `Erasmus+ 2031-2032 ${uniqueSuffix()}`,
    academicYear: "2031-2032",
    semesters: ["AUTUMN", "SPRING"],
    opensOn: "2031-01-15",
    lastDay: "2031-03-31",
    afterSelectionDue: "2031-05-31",
    beforeDepartureDue: "",
    learningAgreementChangeDays: "35",
    ...overrides,
  });
}

describe("application rounds set up by the international office", () => {
  it("are created with their days in French time, edited with the version read, and audited", async () => {
    const input = roundInput();
    await expect(saveRound(await createUser("ADMINISTRATOR"), input)).rejects.toMatchObject({ code: "forbidden" });
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id } = await saveRound(office, input);
    const stored = await testDb().applicationRound.findUniqueOrThrow({ where: { id } });
    expect(stored.opensAt.toISOString()).toBe("2031-01-14T23:00:00.000Z");
    expect(stored.deadline.toISOString()).toBe("2031-03-31T22:00:00.000Z");
    expect(stored.beforeDeparturePiecesDue).toBeNull();

    await saveRound(office, { ...input, id, version: 1, lastDay: "2031-04-15" });
    await expect(saveRound(office, { ...input, id, version: 1, name: "Overwritten" })).rejects.toMatchObject({ code: "conflict" });
    expect((await getRoundSetup(office, id))!.form).toMatchObject({ name: input.name, lastDay: "2031-04-15", opensOn: "2031-01-15" });
    const audit = await testDb().auditEvent.findMany({ where: { entityId: id, action: "round.saved" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.reason)).toEqual([null, "deadline"]);
  });

  it("refuse dates out of order, next to the date", () => {
    const result = ZRound.safeParse({ ...roundInput(), opensOn: "2031-01-15", lastDay: "2031-01-01", afterSelectionDue: "", beforeDepartureDue: "" });
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["lastDay", "validation.dateOrder"]]);
  });

  it("are copied to next year with their rules and destinations, once", async () => {
    const { round, partner } = await createRoundWithDestination();
    await testDb().applicationRound.update({
      where: { id: round.id },
      data: { additionalEligibleNationalities: ["RS"], name: `Erasmus+ 2027-2028 ${uniqueSuffix()}` },
    });
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id } = await copyRound(office, { roundId: round.id });
    const source = await testDb().applicationRound.findUniqueOrThrow({ where: { id: round.id } });
    const copy = await testDb().applicationRound.findUniqueOrThrow({ where: { id }, include: { destinations: true } });
    expect(copy.academicYear).toBe("2028-2029");
    expect(copy.name).toBe(source.name.replace("2027-2028", "2028-2029"));
    expect(copy.additionalEligibleNationalities).toEqual(["RS"]);
    expect(copy.destinations.map((d) => [d.partnerInstitutionId, d.places])).toEqual([[partner.id, 2]]);
    expect(dayOfEnd(copy.deadline)).toBe(sameDayNextYear(dayOfEnd(source.deadline)));
    await expect(copyRound(office, { roundId: round.id })).rejects.toMatchObject({ detail: "round_exists" });
  });

  it("get their destinations as one list; a partner students chose stays in it", async () => {
    const { round, partner } = await createRoundWithDestination();
    const other = (await createRoundWithDestination()).partner;
    const office = await createUser("INTERNATIONAL_OFFICE");
    const saved = await saveRoundDestinations(office, {
      roundId: round.id,
      version: 1,
      destinations: [
        { partnerInstitutionId: partner.id, places: 3 },
        { partnerInstitutionId: other.id, places: 1 },
      ],
    });
    expect(saved).toEqual({ version: 2 });
    await expect(saveRoundDestinations(office, { roundId: round.id, version: 1, destinations: [] })).rejects.toMatchObject({ code: "conflict" });

    const student = await newStudent();
    const { id: applicationId } = await startApplication(student, round.id);
    await testDb().destinationChoice.create({
      data: {
        applicationId,
        rank: 1,
        partnerInstitutionId: partner.id,
        semesters: ["AUTUMN"],
        startDate: new Date("2027-09-01"),
        endDate: new Date("2028-01-31"),
      },
    });
    await expect(
      saveRoundDestinations(office, { roundId: round.id, version: 2, destinations: [{ partnerInstitutionId: other.id, places: 1 }] }),
    ).rejects.toMatchObject({ detail: "destination_chosen" });
    expect(await testDb().roundDestination.count({ where: { roundId: round.id } })).toBe(2);
  });

  it("are deleted only while nobody applied", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const empty = await saveRound(office, roundInput());
    await deleteRound(office, { roundId: empty.id });
    expect(await testDb().applicationRound.count({ where: { id: empty.id } })).toBe(0);

    const { round } = await createRoundWithDestination();
    await startApplication(await newStudent(), round.id);
    await expect(deleteRound(office, { roundId: round.id })).rejects.toMatchObject({ detail: "round_has_applications" });
    await expect(deleteRound(office, { roundId: "nope" })).rejects.toMatchObject({ code: "not_found" });
  });
});
