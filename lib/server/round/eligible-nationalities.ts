import "server-only";
import { openRoundsWhere } from "@/lib/server/round/open-rounds";
import { db } from "@/lib/server/db/client";
import { DEFAULT_ELIGIBLE_NATIONALITIES } from "@/lib/domain/eligibility/countries";
import { shortLivedCache } from "@/lib/server/cache/short-lived";

type EligibilityContext = { roundId: string | null; roundName: string | null; nationalities: string[] };

const contexts = shortLivedCache<EligibilityContext | null>(5_000);

/**
 * The nationalities a round admits: the seed's default list plus the round's
 * additions. Without a round id, the open round closing first; without any
 * open round, the default list. Null when the given round does not exist.
 */
export function eligibilityContextFor(roundId?: string): Promise<EligibilityContext | null> {
  return contexts.get(roundId ?? "", () => loadContext(roundId, new Date()));
}

/** After an administrator's change, so that this instance answers with it at once. */
export function forgetEligibilityContexts(): void {
  contexts.forget();
}

async function loadContext(roundId: string | undefined, now: Date): Promise<EligibilityContext | null> {
  const round = roundId
    ? await db.applicationRound.findUnique({
        where: { id: roundId },
        select: { id: true, name: true, additionalEligibleNationalities: true },
      })
    : await db.applicationRound.findFirst({
        where: openRoundsWhere(now),
        orderBy: { deadline: "asc" },
        select: { id: true, name: true, additionalEligibleNationalities: true },
      });
  if (roundId && !round) return null;
  const nationalities = [...new Set([...DEFAULT_ELIGIBLE_NATIONALITIES, ...(round?.additionalEligibleNationalities ?? [])])];
  return { roundId: round?.id ?? null, roundName: round?.name ?? null, nationalities };
}
