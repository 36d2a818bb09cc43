import "server-only";
import { db } from "@/lib/server/db/client";
import { openRoundsWhere } from "./open-rounds";
import { agreementCovers } from "@/lib/domain/agreement";

export type CatalogueFilters = { language?: string; country?: string };

/**
 * The destinations of the rounds open now, public knowledge: each partner
 * with its places, where it is, what it teaches in, its website, whether
 * the portal holds its information page (its fact sheet), and what the
 * signed agreement allows (subject areas, levels, months, language). The
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
            select: { id: true, name: true, erasmusCode: true, city: true, countryCode: true, languagesOfInstruction: true, website: true },
          },
        },
      },
    },
  });
  const codes = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution.erasmusCode));
  const partnerIds = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution.id));
  const [factSheets, agreements] = await Promise.all([
    db.factSheet.findMany({ where: { erasmusCode: { in: codes } }, select: { erasmusCode: true } }),
    db.interInstitutionalAgreement.findMany({
      where: { partnerInstitutionId: { in: partnerIds }, status: "SIGNED" },
      select: {
        partnerInstitutionId: true,
        firstAcademicYear: true,
        lastAcademicYear: true,
        status: true,
        conditions: {
          where: { direction: "OUTGOING" },
          orderBy: { position: "asc" },
          select: { iscedCode: true, eqfLevels: true, monthsPerStudent: true, languageCode: true, languageLevel: true },
        },
      },
    }),
  ]);
  const sheets = new Set(factSheets.map((s) => s.erasmusCode));
  // What the signed agreements valid in the round's year allow our students at that partner.
  const conditionsAt = (partnerId: string, academicYear: string) =>
    agreements.filter((a) => a.partnerInstitutionId === partnerId && agreementCovers(a, academicYear)).flatMap((a) => a.conditions);
  const all = rounds.flatMap((r) => r.destinations.map((d) => d.partnerInstitution));
  const matches = (p: (typeof all)[number]) =>
    (!filters.language || p.languagesOfInstruction.includes(filters.language)) && (!filters.country || p.countryCode === filters.country);
  return {
    rounds: rounds.map((round) => ({
      ...round,
      destinations: round.destinations
        .filter((d) => matches(d.partnerInstitution))
        .map(({ places, partnerInstitution: p }) => ({
          places,
          ...p,
          hasFactSheet: sheets.has(p.erasmusCode),
          conditions: conditionsAt(p.id, round.academicYear),
        })),
    })),
    /** What the filters may offer: the languages and countries of every destination listed, filters aside. */
    languages: [...new Set(all.flatMap((p) => p.languagesOfInstruction))].sort(),
    countries: [...new Set(all.map((p) => p.countryCode))].sort(),
    count: all.length,
  };
}
