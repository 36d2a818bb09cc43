import "server-only";
import { openRoundsWhere } from "@/lib/server/round/open-rounds";
import { db } from "@/lib/server/db/client";
import type { RateTable } from "@/lib/domain/grant/rate-table";
import { GRANT_SETTINGS_SELECT, grantSettingsOf } from "./settings";

/** The open round's rate table and destinations: public, for the grant simulator. */
export async function getSimulatorContext(
  now = new Date(),
): Promise<{ roundName: string; rateTable: RateTable; destinations: Array<{ id: string; name: string; countryCode: string }> } | null> {
  const round = await db.applicationRound.findFirst({
    where: openRoundsWhere(now),
    orderBy: { deadline: "asc" },
    select: { name: true, ...GRANT_SETTINGS_SELECT, destinations: { select: { partnerInstitution: { select: { id: true, name: true, countryCode: true } } } } },
  });
  if (!round) return null;
  return {
    roundName: round.name,
    rateTable: grantSettingsOf(round).rateTable,
    destinations: round.destinations.map((d) => d.partnerInstitution).sort((a, b) => a.name.localeCompare(b.name)),
  };
}
