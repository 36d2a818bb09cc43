import "server-only";
import { db } from "@/lib/server/db/client";
import { openRoundsWhere } from "./open-rounds";
import { outgoingConditions } from "@/lib/server/agreement/outgoing-conditions";
import { refreshPartnerFactsheetsSoon } from "@/lib/server/ewp/partner-factsheets";
import type { PartnerFactsheetContent } from "@/lib/server/ewp/documents/read-factsheet";

export type CatalogueFilters = { language?: string; country?: string };

/**
 * The destinations of the rounds open now, public knowledge: each partner
 * with its places, where it is, what it teaches in, its website, whether
 * the portal holds its information page (its fact sheet), and what the
 * signed agreement allows (subject areas, levels, months, language), and the
 * partner's own fact sheet when its system serves one through EWP. The
 * filters apply in memory: a round has a few dozen destinations, and the
 * choices the filters offer come from the same read.
 */
export async function destinationCatalogue(filters: CatalogueFilters, now = new Date()) {
  const rounds = await db.applicationRound.findMany({
    where: openRoundsWhere(now),
    orderBy: { deadline: "asc" },
    select: {
      id: true,
      name: true,
      academicYear: true,
      deadline: true,
      destinations: {
        where: { places: { gt: 0 } },
        orderBy: [{ partnerInstitution: { countryCode: "asc" } }, { partnerInstitution: { name: "asc" } }],
        select: {
          places: true,
          partnerInstitution: {
            select: {
              id: true,
              name: true,
              erasmusCode: true,
              city: true,
              countryCode: true,
              languagesOfInstruction: true,
              website: true,
              factSheetThroughEwp: { select: { content: true } },
            },
          },
        },
      },
    },
  });
  const codes = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution.erasmusCode));
  const [factSheets, ...conditionsByRound] = await Promise.all([
    db.factSheet.findMany({ where: { erasmusCode: { in: codes } }, select: { erasmusCode: true } }),
    // What the signed agreements valid in each round's year allow our students at each partner.
    ...rounds.map((r) =>
      outgoingConditions(
        r.academicYear,
        r.destinations.map((d) => d.partnerInstitution.id),
      ),
    ),
  ]);
  const sheets = new Set(factSheets.map((s) => s.erasmusCode));
  const all = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution));
  refreshPartnerFactsheetsSoon([...new Set(all.map((p) => p.id))]);
  const matches = (p: (typeof all)[number]) =>
    (!filters.language || p.languagesOfInstruction.includes(filters.language)) && (!filters.country || p.countryCode === filters.country);
  return {
    rounds: rounds.map((round, index) => ({
      ...round,
      destinations: round.destinations
        .filter((d) => matches(d.partnerInstitution))
        .map(({ places, partnerInstitution: { factSheetThroughEwp, ...p } }) => ({
          places,
          ...p,
          hasFactSheet: sheets.has(p.erasmusCode),
          // The partner's own fact sheet, as its system serves it through EWP.
          ewpFactSheet: (factSheetThroughEwp?.content ?? null) as PartnerFactsheetContent | null,
          conditions: conditionsByRound[index]!.get(p.id) ?? [],
        })),
    })),
    /** What the filters may offer: the languages and countries of every destination listed, filters aside. */
    languages: [...new Set(all.flatMap((p) => p.languagesOfInstruction))].sort(),
    countries: [...new Set(all.map((p) => p.countryCode))].sort(),
    count: all.length,
  };
}
