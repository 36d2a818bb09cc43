import { describe, expect, it } from "vitest";
import { popplerRendering } from "../support/pdf-text";
import { confirmAllocation } from "@/lib/server/selection/confirm-allocation";
import { answerPlace } from "@/lib/server/selection/answer-place";
import { lapseOffers } from "@/lib/server/selection/lapse-offers";
import { getSelection } from "@/lib/server/selection/get-selection";
import { getStudentPlace } from "@/lib/server/selection/student-place";
import { markCandidate } from "@/lib/server/selection/mark-candidate";
import { adjustRank } from "@/lib/server/selection/adjust-rank";
import { moveInProposal } from "@/lib/server/selection/move-in-proposal";
import { saveRoundDestinations } from "@/lib/server/round/save-destinations";
import { saveSelectionSettings } from "@/lib/server/selection/save-selection-settings";
import { declareWithdrawal } from "@/lib/server/grant/declare-withdrawal";
import { startApplication } from "@/lib/server/application/start-application";
import { decideApplication } from "@/lib/server/application/decide-application";
import { hostRecipients } from "@/lib/server/learning-agreement/host-recipients";
import { nominateToPartners } from "@/lib/server/selection/nominate-to-partners";
import { openComplementaryRound } from "@/lib/server/selection/open-complementary-round";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser, waitFor } from "../support/factories";
import { simpleParser } from "mailparser";
import { createRoundWithDestination, currentVersion, newStudent, uploadApplicationPieces } from "../support/applications";
import { reviewPiece } from "@/lib/server/dossier/review-piece";
import type { PieceKind } from "@/lib/domain/dossier/pieces";

const APPLICATION_PIECES: PieceKind[] = ["MOTIVATION_LETTER", "ACADEMIC_RECORD", "EXAM_REGISTRATION"];

const DAY = 86_400_000;

/**
 * A round with destinations A, B, C (places given) and candidates whose
 * application pieces are accepted, ranked by their average (the first the best).
 */
async function roundWith(places: number[], choices: number[][]) {
  const setup = await createRoundWithDestination();
  const db = testDb();
  const extra = [];
  for (let i = 1; i < places.length; i++) {
    extra.push(
      await db.partnerInstitution.create({
        data: { name: `Partner ${i} ${uniqueSuffix()}`, erasmusCode: `S X${uniqueSuffix()}`, countryCode: "FI", city: "Espoo", languagesOfInstruction: ["en"] },
      }),
    );
  }
  const partners = [setup.partner, ...extra];
  await db.roundDestination.deleteMany({ where: { roundId: setup.round.id } });
  await db.roundDestination.createMany({ data: partners.map((p, i) => ({ roundId: setup.round.id, partnerInstitutionId: p.id, places: places[i]! })) });
  const candidates = [];
  for (const [i, wanted] of choices.entries()) {
    const student = await newStudent();
    const { id } = await startApplication(student, setup.round.id);
    await db.outgoingApplication.update({
      where: { id },
      data: {
        status: "SUBMITTED",
        applicationPiecesState: "ACCEPTED",
        programmeId: setup.programme.id,
        firstName: `Cand${i}`,
        lastName: uniqueSuffix(),
        gradeAverage: 19 - i,
        submittedAt: new Date(Date.now() - 1000 * i),
      },
    });
    for (const [rank, index] of wanted.entries()) {
      await db.destinationChoice.create({
        data: {
          applicationId: id,
          rank: rank + 1,
          partnerInstitutionId: partners[index]!.id,
          semesters: ["AUTUMN"],
          startDate: new Date("2027-09-01"),
          endDate: new Date("2027-12-20"),
        },
      });
    }
    candidates.push({ student, applicationId: id });
  }
  return { ...setup, partners, candidates };
}

async function held(roundId: string) {
  return testDb().roundDestination.findMany({ where: { roundId }, select: { partnerInstitutionId: true, places: true, placesHeld: true } });
}

describe("the allocation of places", () => {
  it("confirms the proposal: offers, waiting lists with positions, not selected; each student e-mailed and told why", async () => {
    // A: 1 place, B: 1 place. Cand0 and Cand1 want A then B; Cand2 wants A only; Cand3 wants nothing that is open.
    const { round, partners, candidates } = await roundWith([1, 1], [[0, 1], [0, 1], [0], []]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    const before = await getSelection(office, round.id);
    expect(before.candidates.map((c) => [c.rank, c.assigned])).toEqual([
      [1, partners[0]!.name],
      [2, partners[1]!.name],
      [3, null],
      [4, null],
    ]);
    expect(await confirmAllocation(office, { roundId: round.id })).toEqual({ offered: 2, waiting: 1, notSelected: 1 });
    const statuses = await testDb().outgoingApplication.findMany({
      where: { roundId: round.id },
      orderBy: { selectionRank: "asc" },
      select: { status: true, selectionRank: true },
    });
    expect(statuses.map((s) => s.status)).toEqual(["SELECTED", "SELECTED", "WAITING_LIST", "NOT_SELECTED"]);
    expect((await held(round.id)).map((d) => d.placesHeld).sort()).toEqual([1, 1]);
    const mails = await testDb().outboxEmail.findMany({ where: { to: { in: candidates.map((c) => c.student.email) } }, select: { to: true, subject: true } });
    const subjectFor = (i: number) => mails.filter((m) => m.to === candidates[i]!.student.email).map((m) => m.subject);
    expect(subjectFor(0)).toContain("An Erasmus+ place is offered to you");
    expect(subjectFor(2)).toContain("You are on an Erasmus+ waiting list");
    expect(subjectFor(3).length).toBe(1);

    // Cand1 got B and is waiting for A behind nobody; Cand2 is second on A's list.
    const second = await getStudentPlace(candidates[1]!.student, candidates[1]!.applicationId);
    expect(second).toMatchObject({
      rank: 2,
      offer: { destination: partners[1]!.name, state: "OFFERED" },
      fullerChoices: [{ destination: partners[0]!.name, cutoffRank: 1, waitingPosition: 1 }],
    });
    const third = await getStudentPlace(candidates[2]!.student, candidates[2]!.applicationId);
    expect(third).toMatchObject({ rank: 3, offer: null, fullerChoices: [{ destination: partners[0]!.name, cutoffRank: 1, waitingPosition: 2 }] });
    expect(JSON.stringify(third)).not.toContain("Cand");

    await expect(confirmAllocation(office, { roundId: round.id })).rejects.toMatchObject({ code: "refused", detail: "allocation_confirmed" });
    // Selection now follows the places: the decision form cannot select or put on a waiting list by hand.
    const waiting = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: candidates[2]!.applicationId } });
    await expect(decideApplication(office, { applicationId: waiting.id, version: waiting.version, to: "SELECTED", reason: "" })).rejects.toMatchObject({
      detail: "allocation_confirmed",
    });
    expect(await testDb().auditEvent.count({ where: { entityId: round.id, action: "allocation.confirmed", actorId: office.id } })).toBe(1);
  });

  it("moves the waiting lists up in a chain when a student declines, and never twice the same place", async () => {
    // A: 1, B: 1. Cand0: A; Cand1: A then B; Cand2: B.
    const { round, partners, candidates } = await roundWith([1, 1], [[0], [0, 1], [1]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    await confirmAllocation(office, { roundId: round.id });
    const [first, second, third] = candidates as [(typeof candidates)[0], (typeof candidates)[0], (typeof candidates)[0]];
    // Cand1 holds B, their second choice: the learning agreement's host is B, not their first choice A.
    await testDb().partnerContact.create({
      data: { partnerInstitutionId: partners[1]!.id, name: "B office", email: `b-${uniqueSuffix()}@partner.test`, role: "INSTITUTIONAL_COORDINATOR" },
    });
    expect((await hostRecipients(second.applicationId)).map((r) => r.name)).toEqual(["B office"]);
    await answerPlace(first.student, { applicationId: first.applicationId, accept: false });
    // Cand1 moves up from B to A, and B goes to Cand2.
    const offers = await testDb().placeOffer.findMany({
      where: { roundId: round.id },
      orderBy: { offeredAt: "asc" },
      select: { applicationId: true, partnerInstitutionId: true, state: true },
    });
    const now = Object.fromEntries(offers.filter((o) => o.state === "OFFERED").map((o) => [o.applicationId, o.partnerInstitutionId]));
    expect(now).toEqual({ [second.applicationId]: partners[0]!.id, [third.applicationId]: partners[1]!.id });
    expect(offers.find((o) => o.applicationId === first.applicationId)?.state).toBe("DECLINED");
    expect(offers.filter((o) => o.state === "MOVED_UP").map((o) => o.applicationId)).toEqual([second.applicationId]);
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: first.applicationId } })).status).toBe("WITHDRAWN");
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: third.applicationId } })).status).toBe("SELECTED");
    expect(await testDb().auditEvent.count({ where: { entityId: { in: [second.applicationId, third.applicationId] }, action: "place.moved_up" } })).toBe(2);
    // The learning agreement's host follows the place: Cand1 now holds A, their first choice, which has no contact.
    expect(await hostRecipients(second.applicationId)).toEqual([]);
    await expect(answerPlace(first.student, { applicationId: first.applicationId, accept: true })).rejects.toMatchObject({ detail: "no_open_offer" });

    // An accepted place waits for nothing more; a withdrawal after accepting frees it for the next.
    await answerPlace(second.student, { applicationId: second.applicationId, accept: true });
    await declareWithdrawal(second.student, { applicationId: second.applicationId, reason: "Family reasons", returnDate: "", forceMajeure: false });
    const afterWithdrawal = await testDb().placeOffer.findMany({
      where: { roundId: round.id, state: { in: ["OFFERED", "ACCEPTED"] } },
      select: { applicationId: true, partnerInstitutionId: true },
    });
    expect(afterWithdrawal).toEqual([{ applicationId: third.applicationId, partnerInstitutionId: partners[1]!.id }]);
    expect((await held(round.id)).find((d) => d.partnerInstitutionId === partners[0]!.id)?.placesHeld).toBe(0);
  });

  it("keeps the places of each subject area and level apart when the agreement splits them, in the database too", async () => {
    // A: 2 places, one for 0613 (the fixture's programme), one for 0732. Cand0 and Cand1 study 0613, Cand2 0732; all want A.
    const { round, partners, candidates, programme } = await roundWith([2], [[0], [0], [0]]);
    const civil = await testDb().programme.create({
      data: { departmentId: programme.departmentId, name: `Génie civil ${uniqueSuffix()}`, eqfLevel: 7, iscedCode: "0732" },
    });
    await testDb().outgoingApplication.update({ where: { id: candidates[2]!.applicationId }, data: { programmeId: civil.id } });
    const office = await createUser("INTERNATIONAL_OFFICE");
    const shares = [
      { iscedCode: "0613", eqfLevels: [7], places: 1 },
      { iscedCode: "0700", eqfLevels: [7], places: 1 },
    ];
    const save = async (quotas: typeof shares, places = 2) =>
      saveRoundDestinations(office, {
        roundId: round.id,
        version: (await testDb().applicationRound.findUniqueOrThrow({ where: { id: round.id } })).destinationsVersion,
        destinations: [{ partnerInstitutionId: partners[0]!.id, places, quotas }],
      });
    await save(shares);
    const computing = `${partners[0]!.name} · 0613, EQF 7`;
    const building = `${partners[0]!.name} · 0700, EQF 7`;
    const view = await getSelection(office, round.id);
    expect(view.destinations.map((d) => [d.name, d.places])).toEqual([
      [computing, 1],
      [building, 1],
    ]);
    // Cand1 waits for the computing share although the building one has a place: it is not theirs.
    expect(view.candidates.map((c) => [c.rank, c.assigned, c.waiting])).toEqual([
      [1, computing, []],
      [2, null, [{ destination: computing, position: 1 }]],
      [3, building, []],
    ]);
    const buildingShare = view.destinations[1]!.id;
    await expect(
      moveInProposal(office, { roundId: round.id, applicationId: candidates[1]!.applicationId, destinationId: buildingShare, reason: "x" }),
    ).rejects.toMatchObject({ detail: "destination_not_chosen" });

    await confirmAllocation(office, { roundId: round.id });
    const quotas = () => testDb().placeQuota.findMany({ where: { roundId: round.id }, orderBy: { position: "asc" }, select: { id: true, placesHeld: true } });
    expect((await quotas()).map((q) => q.placesHeld)).toEqual([1, 1]);
    expect((await held(round.id))[0]!.placesHeld).toBe(2);
    expect(await getStudentPlace(candidates[1]!.student, candidates[1]!.applicationId)).toMatchObject({
      offer: null,
      fullerChoices: [{ destination: computing, cutoffRank: 1, waitingPosition: 1 }],
    });
    // The split cannot change shape once places are offered, nor a share shrink below what it holds.
    await expect(save([shares[0]!, { ...shares[1]!, iscedCode: "0732" }])).rejects.toMatchObject({ detail: "quotas_fixed" });
    await expect(save([shares[0]!, { ...shares[1]!, places: 0 }, { iscedCode: "0410", eqfLevels: [7], places: 1 }])).rejects.toMatchObject({
      detail: "quotas_fixed",
    });
    await expect(
      save([
        { ...shares[0]!, places: 0 },
        { ...shares[1]!, places: 2 },
      ]),
    ).rejects.toMatchObject({ detail: "places_below_held" });
    await expect(testDb().$executeRaw`UPDATE "PlaceQuota" SET "placesHeld" = "places" + 1 WHERE "roundId" = ${round.id}`).rejects.toThrow(
      /PlaceQuota_places_held/,
    );

    // Cand0 declines: the computing place goes to Cand1, in the same share.
    await answerPlace(candidates[0]!.student, { applicationId: candidates[0]!.applicationId, accept: false });
    const offered = await testDb().placeOffer.findFirstOrThrow({ where: { applicationId: candidates[1]!.applicationId, state: "OFFERED" } });
    expect(offered.quotaId).toBe((await quotas())[0]!.id);
    expect((await quotas()).map((q) => q.placesHeld)).toEqual([1, 1]);
    // The complementary round has nothing left to offer: both shares are held.
    await expect(openComplementaryRound(office, { roundId: round.id })).rejects.toMatchObject({ detail: "no_unfilled_places" });
  });

  it("saves the selection settings on the version read, and refuses a save over someone else's", async () => {
    const { round } = await roundWith([1], [[0]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    const settings = {
      roundId: round.id,
      weights: { academic: 60, motivation: 20, language: 20, previousStay: 5 },
      tieBreaks: ["motivation", "academic", "language"] as const,
      offerAnswerDays: 10,
    };
    expect(await saveSelectionSettings(office, { ...settings, tieBreaks: [...settings.tieBreaks], version: 1 })).toEqual({ version: 2 });
    await expect(saveSelectionSettings(office, { ...settings, tieBreaks: [...settings.tieBreaks], version: 1, offerAnswerDays: 3 })).rejects.toMatchObject({
      code: "conflict",
    });
    expect(await testDb().applicationRound.findUniqueOrThrow({ where: { id: round.id } })).toMatchObject({ offerAnswerDays: 10, selectionSettingsVersion: 2 });
    expect((await getSelection(office, round.id)).round).toMatchObject({ settingsVersion: 2, offerAnswerDays: 10, tieBreaks: settings.tieBreaks });
  });

  it("selects by hand before the allocation only into a free place, which the allocation then no longer shares out", async () => {
    // A: 1 place; everyone wants it. The office selects Cand1 by hand, then tries Cand0.
    const { round, partners, candidates } = await roundWith([1], [[0], [0], [0]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    const [first, second] = candidates as [(typeof candidates)[0], (typeof candidates)[0]];
    const selectByHand = async (c: (typeof candidates)[0]) => {
      // The pieces are uploaded while the application is a draft, as a student would.
      await testDb().outgoingApplication.update({ where: { id: c.applicationId }, data: { status: "DRAFT" } });
      await uploadApplicationPieces(c.student, c.applicationId);
      await testDb().outgoingApplication.update({ where: { id: c.applicationId }, data: { status: "SUBMITTED" } });
      for (const kind of APPLICATION_PIECES) {
        await reviewPiece(office, { applicationId: c.applicationId, version: await currentVersion(c.applicationId), kind, decision: "accept", comment: "" });
      }
      return decideApplication(office, { applicationId: c.applicationId, version: await currentVersion(c.applicationId), to: "SELECTED", reason: "" });
    };
    await selectByHand(second);
    expect(
      await testDb().placeOffer.findMany({ where: { roundId: round.id }, select: { applicationId: true, partnerInstitutionId: true, state: true } }),
    ).toEqual([{ applicationId: second.applicationId, partnerInstitutionId: partners[0]!.id, state: "OFFERED" }]);
    const mails = await testDb().outboxEmail.findMany({ where: { to: second.student.email }, select: { subject: true } });
    expect(mails.map((m) => m.subject)).toEqual(["An Erasmus+ place is offered to you"]);

    // No place left: refused, and nothing written.
    await expect(selectByHand(first)).rejects.toMatchObject({ code: "refused", detail: "no_free_place" });
    expect(await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: first.applicationId } })).toMatchObject({ status: "SUBMITTED" });
    expect(await testDb().placeOffer.count({ where: { applicationId: first.applicationId } })).toBe(0);
    expect((await held(round.id))[0]!.placesHeld).toBe(1);

    // The allocation shares out what is left: nothing, so the others wait; Cand1's decline gives the place to the best of them.
    const view = await getSelection(office, round.id);
    expect(view.destinations.map((d) => d.places)).toEqual([0]);
    expect(await confirmAllocation(office, { roundId: round.id })).toEqual({ offered: 0, waiting: 2, notSelected: 0 });
    await answerPlace(second.student, { applicationId: second.applicationId, accept: false });
    expect(await testDb().placeOffer.findFirst({ where: { roundId: round.id, state: "OFFERED" }, select: { applicationId: true } })).toEqual({
      applicationId: first.applicationId,
    });
  });

  it("lapses an offer not answered by its day and gives the place to the next", async () => {
    const { round, candidates } = await roundWith([1], [[0], [0]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    await confirmAllocation(office, { roundId: round.id });
    const later = new Date(Date.now() + 8 * DAY);
    await expect(answerPlace(candidates[0]!.student, { applicationId: candidates[0]!.applicationId, accept: true }, later)).rejects.toMatchObject({
      detail: "offer_lapsed",
    });
    expect(await lapseOffers(later)).toBeGreaterThanOrEqual(1);
    const offers = await testDb().placeOffer.findMany({ where: { roundId: round.id }, select: { applicationId: true, state: true } });
    expect(offers).toEqual(
      expect.arrayContaining([
        { applicationId: candidates[0]!.applicationId, state: "LAPSED" },
        { applicationId: candidates[1]!.applicationId, state: "OFFERED" },
      ]),
    );
    expect(await testDb().auditEvent.count({ where: { entityId: candidates[0]!.applicationId, action: "place.lapsed" } })).toBe(1);
  });

  it("never holds more places than a destination has, when confirmations and answers race", async () => {
    const { round, partners, candidates } = await roundWith([2, 1], [[0, 1], [0, 1], [0, 1], [0, 1], [0, 1], [1, 0], [0], [1]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    const confirmations = await Promise.allSettled([0, 1, 2].map(() => confirmAllocation(office, { roundId: round.id })));
    expect(confirmations.filter((c) => c.status === "fulfilled")).toHaveLength(1);
    const offered = await testDb().placeOffer.findMany({ where: { roundId: round.id, state: "OFFERED" }, select: { applicationId: true } });
    const byId = new Map(candidates.map((c) => [c.applicationId, c]));
    // Every holder declines at the same moment: each freed place goes down the lists, one holder at a time.
    await Promise.allSettled(offered.map((o) => answerPlace(byId.get(o.applicationId)!.student, { applicationId: o.applicationId, accept: false })));
    const destinations = await held(round.id);
    for (const d of destinations) {
      const holding = await testDb().placeOffer.count({
        where: { roundId: round.id, partnerInstitutionId: d.partnerInstitutionId, state: { in: ["OFFERED", "ACCEPTED"] } },
      });
      expect(holding).toBe(d.placesHeld);
      expect(d.placesHeld).toBeLessThanOrEqual(d.places);
    }
    // Places were free and people were waiting: none is left free while someone listed it.
    expect(destinations.map((d) => d.placesHeld).reduce((a, b) => a + b)).toBe(3);
    expect(partners).toHaveLength(2);
  });

  it("lets coordinators mark and the office adjust and move, each audited, and refuses a move to a full destination", async () => {
    const { round, partners, candidates, department } = await roundWith([1, 1], [[0], [0], [1]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    const coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: department.id });
    const outsider = await createUser("DEPARTMENTAL_COORDINATOR");
    await expect(
      markCandidate(outsider, { applicationId: candidates[0]!.applicationId, motivationMark: 12, previousErasmusStay: false }),
    ).rejects.toMatchObject({ code: "not_found" });
    await expect(
      markCandidate(await createUser("STUDENT"), { applicationId: candidates[0]!.applicationId, motivationMark: 12, previousErasmusStay: false }),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(adjustRank(coordinator, { roundId: round.id, applicationId: candidates[1]!.applicationId, position: 1, reason: "x" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(confirmAllocation(coordinator, { roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });

    // The programme of the fixture's applications is not set: the coordinator's scope is the department's programmes.
    await testDb().outgoingApplication.updateMany({
      where: { roundId: round.id },
      data: { programmeId: (await testDb().programme.findFirstOrThrow({ where: { departmentId: department.id } })).id },
    });
    await markCandidate(coordinator, { applicationId: candidates[0]!.applicationId, motivationMark: "", previousErasmusStay: true });
    await adjustRank(office, { roundId: round.id, applicationId: candidates[1]!.applicationId, position: 1, reason: "Agreement asks for a civil engineer" });
    let view = await getSelection(office, round.id);
    expect(view.candidates.map((c) => [c.id, c.rank, c.adjustment])[0]).toEqual([candidates[1]!.applicationId, 1, "Agreement asks for a civil engineer"]);
    const moveFirstToB = (reason: string) =>
      moveInProposal(office, { roundId: round.id, applicationId: candidates[0]!.applicationId, destinationId: partners[1]!.id, reason });
    await expect(moveFirstToB("not hers")).rejects.toMatchObject({ detail: "destination_not_chosen" });
    await testDb().destinationChoice.create({
      data: {
        applicationId: candidates[0]!.applicationId,
        rank: 2,
        partnerInstitutionId: partners[1]!.id,
        semesters: ["AUTUMN"],
        startDate: new Date("2027-09-01"),
        endDate: new Date("2027-12-20"),
      },
    });
    await expect(moveFirstToB("full")).rejects.toMatchObject({ detail: "destination_full" });
    await moveInProposal(office, { roundId: round.id, applicationId: candidates[2]!.applicationId, destinationId: "", reason: "Postponed to next year" });
    await moveInProposal(office, {
      roundId: round.id,
      applicationId: candidates[0]!.applicationId,
      destinationId: partners[1]!.id,
      reason: "Second choice by phone",
    });
    view = await getSelection(office, round.id);
    expect(view.candidates.find((c) => c.id === candidates[0]!.applicationId)?.assigned).toBe(partners[1]!.name);
    const actions = await testDb().auditEvent.findMany({
      where: { entityId: { in: candidates.map((c) => c.applicationId) }, action: { startsWith: "allocation." } },
      select: { action: true },
    });
    expect(actions.map((a) => a.action).sort()).toEqual([
      "allocation.candidate_marked",
      "allocation.proposal_moved",
      "allocation.proposal_moved",
      "allocation.rank_adjusted",
    ]);

    // Once places are held, a destination cannot shrink below them.
    await confirmAllocation(office, { roundId: round.id });
    const version = (await testDb().applicationRound.findUniqueOrThrow({ where: { id: round.id } })).destinationsVersion;
    await expect(
      saveRoundDestinations(office, { roundId: round.id, version, destinations: partners.map((p) => ({ partnerInstitutionId: p.id, places: 0 })) }),
    ).rejects.toMatchObject({ detail: "places_below_held" });
  });

  it("nominates the students who accepted to their partners' registered contacts, with the list attached, once", async () => {
    // A: 1 place, B: 1 place; Cand0 takes A, Cand1 takes B; only A has a registered contact.
    const { round, partners, candidates } = await roundWith([1, 1], [[0], [1]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    await expect(nominateToPartners(office, { roundId: round.id })).rejects.toMatchObject({ detail: "allocation_not_confirmed" });
    await confirmAllocation(office, { roundId: round.id });
    for (const c of candidates) await answerPlace(c.student, { applicationId: c.applicationId, accept: true });
    const contact = `a-office-${uniqueSuffix()}@partner.test`;
    await testDb().partnerContact.create({
      data: { partnerInstitutionId: partners[0]!.id, name: "A office", email: contact, role: "INCOMING_OFFICE", locale: "fr" },
    });
    await expect(nominateToPartners(await createUser("DEPARTMENTAL_COORDINATOR"), { roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });

    expect(await nominateToPartners(office, { roundId: round.id })).toEqual({
      sent: [{ partner: partners[0]!.name, students: 1 }],
      withoutContact: [partners[1]!.name],
    });
    const nominated = await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: candidates[0]!.applicationId }, include: { nomination: true } });
    expect(nominated.status).toBe("NOMINATED");
    expect(nominated.nomination).toMatchObject({ partnerInstitutionId: partners[0]!.id, sentById: office.id, recipients: [contact] });
    expect((await testDb().outgoingApplication.findUniqueOrThrow({ where: { id: candidates[1]!.applicationId } })).status).toBe("SELECTED");
    // Read as the partner receives it: the outbox keeps no text or attachment once sent.
    const mail = await waitFor(() => testDb().capturedEmail.findFirst({ where: { to: contact } }));
    expect(mail.subject).toContain(`Nominations pour ${round.name}`);
    expect(mail.attachmentNames).toEqual(["nominations.pdf", "nominations.csv"]);
    const parsed = await simpleParser(Buffer.from(mail.raw));
    const csv = parsed.attachments.find((a) => a.filename === "nominations.csv")!.content.toString("utf8");
    expect(csv).toContain(candidates[0]!.student.email);
    expect(csv).toContain("EQF 7;0613;2027-09-01;2027-12-20");
    // The list as the partner's reader draws it (poppler), under its round's title.
    const list = await popplerRendering(parsed.attachments.find((a) => a.filename === "nominations.pdf")!.content);
    expect(list.pngBytes).toBeGreaterThan(10_000);
    expect(list.text).toContain(`Nominations — ${round.name}`);

    // Nobody is nominated twice.
    expect(await nominateToPartners(office, { roundId: round.id })).toEqual({ sent: [], withoutContact: [partners[1]!.name] });
  });

  it("opens a complementary round of the same year with the places left unfilled, not yet open", async () => {
    const { round, partners } = await roundWith([3, 1], [[0], [1]]);
    const office = await createUser("INTERNATIONAL_OFFICE");
    await expect(openComplementaryRound(office, { roundId: round.id })).rejects.toMatchObject({ detail: "allocation_not_confirmed" });
    await confirmAllocation(office, { roundId: round.id });
    await expect(openComplementaryRound(await createUser("STUDENT"), { roundId: round.id })).rejects.toMatchObject({ code: "forbidden" });
    const { id } = await openComplementaryRound(office, { roundId: round.id });
    const complementary = await testDb().applicationRound.findUniqueOrThrow({ where: { id }, include: { destinations: true } });
    expect(complementary).toMatchObject({ academicYear: round.academicYear, name: `${round.name} — appel complémentaire` });
    expect(complementary.destinations.map((d) => [d.partnerInstitutionId, d.places])).toEqual([[partners[0]!.id, 2]]);
    expect(complementary.opensAt.getTime()).toBeGreaterThan(Date.now());
    await expect(openComplementaryRound(office, { roundId: round.id })).rejects.toMatchObject({ detail: "round_exists" });
    await testDb().roundDestination.deleteMany({ where: { roundId: id } });
    await testDb().applicationRound.delete({ where: { id } });
  });
});
