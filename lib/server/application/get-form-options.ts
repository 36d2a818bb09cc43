import "server-only";
import { db } from "@/lib/server/db/client";
import { outgoingConditions, type OutgoingCondition } from "@/lib/server/agreement/outgoing-conditions";

export type ApplicationFormOptions = {
  programmes: Array<{ id: string; name: string; department: string; eqfLevel: number; iscedCode: string | null }>;
  destinations: Array<{ id: string; name: string; countryCode: string; city: string; languages: string[]; conditions: OutgoingCondition[] }>;
};

/** The programmes of the home university and the partners open in the round, with what their agreements allow: public reference data. */
export async function getApplicationFormOptions(roundId: string): Promise<ApplicationFormOptions> {
  const [programmes, round] = await Promise.all([
    // Archived programmes and departments take no new applications.
    db.programme.findMany({
      where: { archivedAt: null, department: { archivedAt: null } },
      orderBy: [{ department: { name: "asc" } }, { name: "asc" }],
      select: { id: true, name: true, eqfLevel: true, iscedCode: true, department: { select: { name: true } } },
    }),
    db.applicationRound.findUniqueOrThrow({
      where: { id: roundId },
      select: {
        academicYear: true,
        destinations: {
          orderBy: { partnerInstitution: { name: "asc" } },
          select: { partnerInstitution: { select: { id: true, name: true, countryCode: true, city: true, languagesOfInstruction: true } } },
        },
      },
    }),
  ]);
  const conditions = await outgoingConditions(
    round.academicYear,
    round.destinations.map((d) => d.partnerInstitution.id),
  );
  return {
    programmes: programmes.map((p) => ({ id: p.id, name: p.name, department: p.department.name, eqfLevel: p.eqfLevel, iscedCode: p.iscedCode })),
    destinations: round.destinations.map(({ partnerInstitution: p }) => ({
      id: p.id,
      name: p.name,
      countryCode: p.countryCode,
      city: p.city,
      languages: p.languagesOfInstruction,
      conditions: conditions.get(p.id) ?? [],
    })),
  };
}
