import { describe, expect, it } from "vitest";
import { amendAwards, type PublishedCandidate } from "@/lib/domain/grant/amendment";

const candidate = (id: string, rank: number, overrides: Partial<PublishedCandidate> = {}): PublishedCandidate => ({
  id,
  rank,
  awarded: false,
  active: true,
  grantEligible: true,
  amount: 600,
  ...overrides,
});

describe("amending the published grants", () => {
  it("gives a withdrawn holder's grant to the next candidates down the ranking while it fits", () => {
    const published = [
      candidate("a", 1, { awarded: true, active: false }),
      candidate("b", 2, { awarded: true }),
      candidate("c", 3),
      candidate("d", 4, { amount: 100 }),
    ];
    // Budget 1,300: b keeps 600, so 700 is left: c (600) fits, d (100) fits too.
    expect(amendAwards(published, 1300)).toEqual({ freed: 600, awarded: ["c", "d"], remaining: 0 });
  });

  it("stops at the first candidate whose grant no longer fits, as the publication did", () => {
    const published = [
      candidate("a", 1, { awarded: true, active: false, amount: 500 }),
      candidate("b", 2, { amount: 700 }),
      candidate("c", 3, { amount: 100 }),
    ];
    expect(amendAwards(published, 600)).toEqual({ freed: 500, awarded: [], remaining: 600 });
  });

  it("skips candidates who left or have no grant, and changes nothing once applied", () => {
    const published = [
      candidate("a", 1, { awarded: true, active: false }),
      candidate("b", 2, { active: false }),
      candidate("c", 3, { grantEligible: false, amount: 0 }),
      candidate("d", 4),
    ];
    expect(amendAwards(published, 600).awarded).toEqual(["d"]);
    const applied = published.map((c) => (c.id === "d" ? { ...c, awarded: true } : c));
    expect(amendAwards(applied, 600)).toEqual({ freed: 600, awarded: [], remaining: 0 });
  });

  it("counts in cents", () => {
    expect(amendAwards([candidate("a", 1, { awarded: true, active: false, amount: 933.33 }), candidate("b", 2, { amount: 933.33 })], 933.33).awarded).toEqual([
      "b",
    ]);
  });
});
