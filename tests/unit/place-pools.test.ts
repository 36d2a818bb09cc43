import { describe, expect, it } from "vitest";
import { choicePools, offerPool, placePools, poolFor, poolLabel, type PooledDestination } from "@/lib/domain/allocation/place-pools";
import { allocatePlaces } from "@/lib/domain/allocation/allocate";

const share = (id: string, iscedCode: string, eqfLevels: number[], places: number) => ({ id, iscedCode, eqfLevels, places, placesHeld: 0 });
const uppsala: PooledDestination = {
  partnerInstitutionId: "uppsala",
  places: 3,
  placesHeld: 0,
  quotas: [share("q-ict", "0613", [7], 2), share("q-eng", "0700", [6, 7], 1)],
};
const aalto: PooledDestination = { partnerInstitutionId: "aalto", places: 2, placesHeld: 1, quotas: [] };
const destinations = new Map([uppsala, aalto].map((d) => [d.partnerInstitutionId, d]));
const software = { eqfLevel: 7, iscedCode: "0613" };
const civil = { eqfLevel: 7, iscedCode: "0732" };
const chemistryBachelor = { eqfLevel: 6, iscedCode: "0531" };

describe("the pools a round's places are allocated in", () => {
  it("makes one pool of a destination that is not split and one per share of a split one", () => {
    expect(placePools([uppsala, aalto]).map((p) => [p.id, p.partnerInstitutionId, p.places, p.placesHeld])).toEqual([
      ["q-ict", "uppsala", 2, 0],
      ["q-eng", "uppsala", 1, 0],
      ["aalto", "aalto", 2, 1],
    ]);
  });

  it.each([
    ["a destination not split, whatever the programme", aalto, chemistryBachelor, "aalto"],
    ["the share of the programme's own subject area", uppsala, software, "q-ict"],
    ["the share of the broad field the programme is in", uppsala, civil, "q-eng"],
    ["no share when none admits the programme", uppsala, chemistryBachelor, null],
    ["no share without a programme", uppsala, null, null],
    ["nothing for a partner that is not a destination", undefined, software, null],
  ])("gives %s", (_, destination, programme, pool) => {
    expect(poolFor(destination, programme)).toBe(pool);
  });

  it("takes the first share that admits the programme when two do", () => {
    const overlapping = { ...uppsala, quotas: [share("narrow", "0613", [7], 1), share("broad", "0600", [7], 1)] };
    expect(poolFor(overlapping, software)).toBe("narrow");
  });

  it("turns a candidate's choices into pools in their order, dropping what their programme has no share of", () => {
    expect(choicePools(destinations, ["uppsala", "aalto", "lund"], software)).toEqual(["q-ict", "aalto"]);
    expect(choicePools(destinations, ["uppsala", "aalto"], chemistryBachelor)).toEqual(["aalto"]);
  });

  it("knows the pool an offer holds and names pools for people", () => {
    expect(offerPool({ partnerInstitutionId: "uppsala", quotaId: "q-eng" })).toBe("q-eng");
    expect(offerPool({ partnerInstitutionId: "aalto", quotaId: null })).toBe("aalto");
    expect(poolLabel("Uppsala universitet", uppsala.quotas[1]!)).toBe("Uppsala universitet · 0700, EQF 6/7");
    expect(poolLabel("Aalto", null)).toBe("Aalto");
  });

  it("never lets a candidate take a place of another subject area's share", () => {
    const candidates = [
      { id: "ana", rank: 1, choices: choicePools(destinations, ["uppsala"], software) },
      { id: "ben", rank: 2, choices: choicePools(destinations, ["uppsala"], software) },
      { id: "cyd", rank: 3, choices: choicePools(destinations, ["uppsala"], software) },
      { id: "dan", rank: 4, choices: choicePools(destinations, ["uppsala"], civil) },
    ];
    const result = allocatePlaces({ destinations: placePools([uppsala]), candidates });
    expect(result.assigned).toEqual({ ana: "q-ict", ben: "q-ict", cyd: null, dan: "q-eng" });
    expect(result.waiting).toEqual({ "q-ict": ["cyd"], "q-eng": [] });
  });
});
