import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { QUOTA_SELECT, roundForm } from "./round-columns";
import { proposedDestinations } from "@/lib/server/agreement/proposed-destinations";

/** A round as the office's forms edit it: its set-up, its destinations, the partners it may add, and what the agreements valid that year propose. */
export async function getRoundSetup(user: CurrentUser, roundId: string) {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const [round, partners] = await Promise.all([
    db.applicationRound.findUnique({
      where: { id: roundId },
      include: {
        destinations: { orderBy: { partnerInstitution: { name: "asc" } }, select: { partnerInstitutionId: true, places: true, quotas: QUOTA_SELECT } },
      },
    }),
    db.partnerInstitution.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, countryCode: true } }),
  ]);
  if (!round) return null;
  const fromAgreements = await proposedDestinations(round.academicYear);
  return {
    id: round.id,
    version: round.version,
    destinationsVersion: round.destinationsVersion,
    form: roundForm(round),
    destinations: round.destinations,
    partners,
    fromAgreements,
  };
}
