import "server-only";
import { db } from "@/lib/server/db/client";

export type ApplicationFormOptions = {
  programmes: Array<{ id: string; name: string; department: string }>;
  destinations: Array<{ id: string; name: string; countryCode: string; city: string; languages: string[] }>;
};

/** The programmes of the home university and the partners open in the round: public reference data. */
export async function getApplicationFormOptions(roundId: string): Promise<ApplicationFormOptions> {
  const [programmes, destinations] = await Promise.all([
    // Archived programmes and departments take no new applications.
    db.programme.findMany({
      where: { archivedAt: null, department: { archivedAt: null } },
      orderBy: [{ department: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, department: { select: { name: true } } },
    }),
    db.roundDestination.findMany({
      where: { roundId },
      orderBy: { partnerInstitution: { name: "asc" } },
      select: { partnerInstitution: { select: { id: true, name: true, countryCode: true, city: true, languagesOfInstruction: true } } },
    }),
  ]);
  return {
    programmes: programmes.map((p) => ({ id: p.id, name: p.name, department: p.department.name })),
    destinations: destinations.map(({ partnerInstitution: p }) => ({
      id: p.id,
      name: p.name,
      countryCode: p.countryCode,
      city: p.city,
      languages: p.languagesOfInstruction,
    })),
  };
}
