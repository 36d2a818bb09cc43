import { describe, expect, it } from "vitest";
import { allocatePlaces, type AllocationInput, type AllocationResult } from "@/lib/domain/allocation/allocate";
import { explainAllocation } from "@/lib/domain/allocation/explain";
import { moveUp } from "@/lib/domain/allocation/move-up";
import { rankForSelection } from "@/lib/domain/allocation/ranking";
import { applyManualMoves } from "@/lib/domain/allocation/manual-moves";

/** mulberry32: a small seeded generator, so every random round can be replayed from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomRound(seed: number): AllocationInput {
  const random = generator(seed);
  const int = (n: number) => Math.floor(random() * n);
  const destinations = Array.from({ length: 1 + int(8) }, (_, i) => ({ id: `d${i}`, places: int(4) }));
  const ranks = Array.from({ length: int(25) }, (_, i) => i + 1).sort(() => random() - 0.5);
  const candidates = ranks.map((rank, i) => ({
    id: `c${i}`,
    rank,
    // Up to four choices, sometimes repeated or naming no destination.
    choices: Array.from({ length: int(5) }, () => (random() < 0.1 ? "nowhere" : `d${int(destinations.length)}`)),
  }));
  return { destinations, candidates };
}

/** What a candidate prefers to what they got: the listed destinations above it (all of them when they got nothing). */
function preferred(input: AllocationInput, result: AllocationResult, id: string): string[] {
  const known = new Set(input.destinations.map((d) => d.id));
  const choices = [...new Set(input.candidates.find((c) => c.id === id)!.choices)].filter((c) => known.has(c));
  const got = result.assigned[id];
  return got == null ? choices : choices.slice(0, choices.indexOf(got));
}

const SEEDS = Array.from({ length: 1000 }, (_, i) => i + 1);

describe("allocating a round's places (1,000 random rounds, replayable by seed)", () => {
  // Plain loops with a seed in every message; the 1,000 rounds take a few seconds.
  it("holds every property", { timeout: 60_000 }, () => {
    for (const seed of SEEDS) {
      const input = randomRound(seed);
      const result = allocatePlaces(input);
      const rank = new Map(input.candidates.map((c) => [c.id, c.rank]));
      const holders = (d: string) => input.candidates.filter((c) => result.assigned[c.id] === d);
      const places = new Map(input.destinations.map((d) => [d.id, d.places]));
      const context = `seed ${seed}`;

      // Every candidate has an answer, and only a destination they listed.
      expect(Object.keys(result.assigned).sort(), context).toEqual(input.candidates.map((c) => c.id).sort());
      for (const c of input.candidates) if (result.assigned[c.id] !== null) expect(c.choices, context).toContain(result.assigned[c.id]);

      for (const d of input.destinations) {
        // Capacity is never exceeded.
        expect(holders(d.id).length, context).toBeLessThanOrEqual(d.places);
        // The cut-off is the worst rank holding the destination.
        const worst = holders(d.id).map((c) => c.rank);
        expect(result.cutoffRank[d.id], context).toBe(worst.length ? Math.max(...worst) : null);
        // The waiting list is everyone who prefers it to what they got, in rank order.
        const expected = input.candidates
          .filter((c) => preferred(input, result, c.id).includes(d.id))
          .sort((a, b) => a.rank - b.rank)
          .map((c) => c.id);
        expect(result.waiting[d.id], context).toEqual(expected);
      }

      for (const c of input.candidates) {
        for (const d of preferred(input, result, c.id)) {
          // Nobody wanted more than what they got while it had a free place.
          expect(holders(d).length, context).toBe(places.get(d));
          // No justified envy: whoever holds it is ranked above them.
          for (const holder of holders(d)) expect(rank.get(holder.id)!, context).toBeLessThan(c.rank);
        }
      }

      // The same round, in any order, gives the same result.
      expect(allocatePlaces(input), context).toEqual(result);
      expect(allocatePlaces({ destinations: [...input.destinations].reverse(), candidates: [...input.candidates].reverse() }), context).toEqual(result);
    }
  });

  it("moves people only up when candidates leave", { timeout: 60_000 }, () => {
    for (const seed of SEEDS) {
      const input = randomRound(seed);
      const before = allocatePlaces(input);
      const random = generator(seed * 7919);
      const leaving = new Set(input.candidates.filter(() => random() < 0.3).map((c) => c.id));
      const { result, moves } = moveUp(input, before, leaving);
      const context = `seed ${seed}`;
      expect(result, context).toEqual(allocatePlaces({ ...input, candidates: input.candidates.filter((c) => !leaving.has(c.id)) }));
      for (const c of input.candidates.filter((c) => !leaving.has(c.id))) {
        const choices = c.choices;
        const position = (d: string | null) => (d === null ? Infinity : choices.indexOf(d));
        expect(position(result.assigned[c.id] ?? null), context).toBeLessThanOrEqual(position(before.assigned[c.id] ?? null));
      }
      for (const move of moves) expect([before.assigned[move.candidate], result.assigned[move.candidate]], context).toEqual([move.from, move.to]);
    }
  });
});

describe("allocatePlaces", () => {
  const round: AllocationInput = {
    destinations: [
      { id: "uppsala", places: 1 },
      { id: "aalto", places: 2 },
      { id: "granada", places: 0 },
    ],
    candidates: [
      { id: "lea", rank: 2, choices: ["uppsala", "aalto"] },
      { id: "marc", rank: 1, choices: ["uppsala"] },
      { id: "nadia", rank: 3, choices: ["granada", "uppsala"] },
      { id: "paul", rank: 4, choices: ["mars", "aalto", "aalto"] },
    ],
  };

  it("gives each candidate, best rank first, their most wanted destination with a free place", () => {
    expect(allocatePlaces(round)).toEqual({
      assigned: { marc: "uppsala", lea: "aalto", nadia: null, paul: "aalto" },
      waiting: { uppsala: ["lea", "nadia"], aalto: [], granada: ["nadia"] },
      cutoffRank: { uppsala: 1, aalto: 4, granada: null },
    });
  });

  it("handles a round without candidates or destinations", () => {
    expect(allocatePlaces({ destinations: [], candidates: [{ id: "a", rank: 1, choices: ["x"] }] })).toEqual({
      assigned: { a: null },
      waiting: {},
      cutoffRank: {},
    });
    expect(allocatePlaces({ destinations: [{ id: "x", places: 2 }], candidates: [] })).toEqual({ assigned: {}, waiting: { x: [] }, cutoffRank: { x: null } });
  });

  it("explains to each student why, naming no other student", () => {
    const result = allocatePlaces(round);
    expect(explainAllocation(round, result, "lea")).toEqual({
      assigned: "aalto",
      fullerChoices: [{ destination: "uppsala", cutoffRank: 1, waitingPosition: 1 }],
      lowerChoices: [],
    });
    expect(explainAllocation(round, result, "nadia")).toEqual({
      assigned: null,
      fullerChoices: [
        { destination: "granada", cutoffRank: null, waitingPosition: 1 },
        { destination: "uppsala", cutoffRank: 1, waitingPosition: 2 },
      ],
      lowerChoices: [],
    });
    expect(explainAllocation(round, result, "marc")).toEqual({ assigned: "uppsala", fullerChoices: [], lowerChoices: [] });
    expect(JSON.stringify(explainAllocation(round, result, "nadia"))).not.toMatch(/lea|marc|paul/);
  });

  it("moves a chain up when a place frees: the second choice of one is the first of the next", () => {
    // Marc leaves Uppsala: Léa moves up from Aalto to Uppsala, and Aalto's freed place goes to Sami, who waited for it.
    const chain: AllocationInput = {
      destinations: [
        { id: "uppsala", places: 1 },
        { id: "aalto", places: 1 },
        { id: "tum", places: 1 },
      ],
      candidates: [
        { id: "marc", rank: 1, choices: ["uppsala"] },
        { id: "lea", rank: 2, choices: ["uppsala", "aalto"] },
        { id: "sami", rank: 3, choices: ["aalto", "tum"] },
        { id: "ines", rank: 4, choices: ["tum"] },
      ],
    };
    const before = allocatePlaces(chain);
    expect(before.assigned).toEqual({ marc: "uppsala", lea: "aalto", sami: "tum", ines: null });
    const { result, moves } = moveUp(chain, before, new Set(["marc"]));
    expect(moves).toEqual([
      { candidate: "lea", from: "aalto", to: "uppsala" },
      { candidate: "sami", from: "tum", to: "aalto" },
      { candidate: "ines", from: null, to: "tum" },
    ]);
    expect(result.waiting).toEqual({ uppsala: [], aalto: [], tum: [] });
  });
});

describe("the selection ranking", () => {
  const base = { gradeAverage: 14, motivationMark: 14, languageLevel: "B2" as const, previousStay: false, submittedAt: new Date("2027-01-10") };
  const settings = { weights: { academic: 50, motivation: 30, language: 20, previousStay: 10 }, tieBreaks: ["academic", "motivation", "language"] as const };
  const rank = (candidates: Parameters<typeof rankForSelection>[0], adjustments?: Parameters<typeof rankForSelection>[2]) =>
    rankForSelection(candidates, { ...settings, tieBreaks: [...settings.tieBreaks] }, adjustments);

  it("scores the weighted criteria, a previous stay counting against", () => {
    const [only] = rank([{ ...base, id: "a", gradeAverage: 16, motivationMark: 10, languageLevel: "C1", previousStay: true }]);
    expect(only!.breakdown).toEqual({ academic: 40, motivation: 15, language: 16, previousStay: -10 });
    expect(only!.score).toBe(61);
    expect(rank([{ ...base, id: "b", gradeAverage: null, motivationMark: null, languageLevel: null }])[0]!.score).toBe(0);
  });

  it("breaks ties by the round's criteria in order, then the earlier submission, then the id", () => {
    // a: 50 × 16/20 + 30 × 10/20 = 55; b: 50 × 10/20 + 30 × 20/20 = 55. They tie; a has the better record.
    const a = { ...base, id: "a", gradeAverage: 16, motivationMark: 10, languageLevel: null };
    const b = { ...base, id: "b", gradeAverage: 10, motivationMark: 20, languageLevel: null };
    expect(rank([b, a]).map((c) => [c.id, c.score])).toEqual([
      ["a", 55],
      ["b", 55],
    ]);
    const early = { ...base, id: "z", submittedAt: new Date("2027-01-01") };
    expect(rank([{ ...base, id: "y" }, early]).map((c) => c.id)).toEqual(["z", "y"]);
    expect(
      rank([
        { ...base, id: "y" },
        { ...base, id: "x" },
      ]).map((c) => c.id),
    ).toEqual(["x", "y"]);
  });

  it("applies the coordinator's manual adjustments with their reasons, after the score", () => {
    const candidates = ["a", "b", "c"].map((id, i) => ({ ...base, id, gradeAverage: 18 - i }));
    const ranked = rank(candidates, [{ candidateId: "c", position: 1, reason: "Agreement requires a civil engineer" }]);
    expect(ranked.map((c) => [c.id, c.rank, c.adjustment])).toEqual([
      ["c", 1, "Agreement requires a civil engineer"],
      ["a", 2, null],
      ["b", 3, null],
    ]);
    expect(rank(candidates, [{ candidateId: "a", position: 99, reason: "late" }]).map((c) => c.id)).toEqual(["b", "c", "a"]);
    expect(rank(candidates, [{ candidateId: "nobody", position: 1, reason: "x" }]).map((c) => c.id)).toEqual(["a", "b", "c"]);
  });
});

describe("the coordinator's moves in a proposal", () => {
  const round: AllocationInput = {
    destinations: [
      { id: "uppsala", places: 1 },
      { id: "aalto", places: 2 },
    ],
    candidates: [
      { id: "marc", rank: 1, choices: ["uppsala"] },
      { id: "lea", rank: 2, choices: ["uppsala", "aalto"] },
      { id: "nadia", rank: 3, choices: ["uppsala"] },
    ],
  };
  const proposal = allocatePlaces(round);

  it("applies a move that fits, and works out the waiting lists again", () => {
    const { result, refused } = applyManualMoves(round, proposal, [{ candidateId: "nadia", destinationId: "aalto", reason: "Agreed with Aalto" }]);
    expect(refused).toEqual([]);
    expect(result.assigned).toEqual({ marc: "uppsala", lea: "aalto", nadia: "aalto" });
    expect(result.waiting).toEqual({ uppsala: ["lea", "nadia"], aalto: [] });
    expect(result.cutoffRank).toEqual({ uppsala: 1, aalto: 3 });
  });

  it("refuses a move to a full destination, or of someone not in the round, and keeps the rest", () => {
    const moves = [
      { candidateId: "lea", destinationId: "uppsala", reason: "full" },
      { candidateId: "ghost", destinationId: "aalto", reason: "unknown" },
      { candidateId: "marc", destinationId: null, reason: "Postponed his stay" },
    ];
    const { result, refused } = applyManualMoves(round, proposal, moves);
    expect(refused).toEqual(moves.slice(0, 2));
    expect(result.assigned.marc).toBeNull();
    expect(result.waiting.uppsala).toEqual(["marc", "lea", "nadia"]);
  });
});
