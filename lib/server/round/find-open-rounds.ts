import "server-only";
import { openRoundsWhere } from "@/lib/server/round/open-rounds";
import { db } from "@/lib/server/db/client";

type OpenRound = { id: string; name: string; academicYear: string; deadline: Date };

/** Rounds accepting applications now; readable by anyone signed in. */
export async function findOpenRounds(now = new Date()): Promise<OpenRound[]> {
  return db.applicationRound.findMany({
    where: openRoundsWhere(now),
    orderBy: { deadline: "asc" },
    select: { id: true, name: true, academicYear: true, deadline: true },
  });
}
