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
});
