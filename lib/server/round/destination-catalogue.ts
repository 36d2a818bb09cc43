import "server-only";
import { db } from "@/lib/server/db/client";
import { openRoundsWhere } from "./open-rounds";

export type CatalogueFilters = { language?: string; country?: string };

/**
 * The destinations of the rounds open now, public knowledge: each partner
 * with its places, where it is, what it teaches in, its website, and
 * whether the portal holds its information page (its fact sheet).
 */
export async function destinationCatalogue(filters: CatalogueFilters, now = new Date()) {
  const rounds = await db.applicationRound.findMany({
    where: openRoundsWhere(now),
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      name: true,
      deadline: true,
      destinations: {
        where: {
          places: { gt: 0 },
          partnerInstitution: {
            ...(filters.language ? { languagesOfInstruction: { has: filters.language } } : {}),
            ...(filters.country ? { countryCode: filters.country } : {}),
          },
        },
        orderBy: [{ partnerInstitution: { countryCode: "asc" } }, { partnerInstitution: { name: "asc" } }],
        select: {
          places: true,
          partnerInstitution: {
            select: { id: true, name: true, erasmusCode: true, city: true, countryCode: true, languagesOfInstruction: true, website: true },
          },
        },
      },
    },
  });
  const codes = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution.erasmusCode));
  const sheets = new Set((await db.factSheet.findMany({ where: { erasmusCode: { in: codes } }, select: { erasmusCode: true } })).map((s) => s.erasmusCode));
  return rounds.map((round) => ({
    ...round,
    destinations: round.destinations.map(({ places, partnerInstitution: p }) => ({ places, ...p, hasFactSheet: sheets.has(p.erasmusCode) })),
  }));
}
