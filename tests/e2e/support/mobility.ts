import { createDatabaseClient, type Database } from "@/lib/server/db/create-client";
import { PHASE_OF, PIECE_KINDS } from "@/lib/domain/dossier/pieces";

const DAY = 86_400_000;

/**
 * Brings an application's stay to today and accepts every piece due before
 * departure, in the database: for tests about what happens during the
 * mobility, whose subject is not the months of waiting or the pieces.
 */
export async function readyToLeave(applicationId: string): Promise<void> {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
    await db.destinationChoice.updateMany({ where: { applicationId }, data: { startDate: today, endDate: new Date(today.getTime() + 140 * DAY) } });
    for (const kind of PIECE_KINDS.filter((k) => PHASE_OF[k] === "AFTER_SELECTION" || PHASE_OF[k] === "BEFORE_DEPARTURE")) {
      await db.dossierPiece.upsert({
        where: { applicationId_kind: { applicationId, kind } },
        create: { applicationId, kind, status: "ACCEPTED" },
        update: { status: "ACCEPTED" },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

/** The demo's Uppsala and the demo coordinator's programme: where the tests made in the database send their students. */
export async function uppsalaAndProgramme(db: Database) {
  return {
    partner: await db.partnerInstitution.findFirstOrThrow({ where: { name: "Uppsala universitet" } }),
    programme: await db.programme.findFirstOrThrow({ where: { name: "Ingénieur Intelligence artificielle et génie logiciel" } }),
  };
}
