import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { copyForNextYear } from "@/lib/domain/round";
import { destinationRows, QUOTA_SELECT, roundColumns, roundForm, roundRules } from "./round-columns";
import { proposedDestinations } from "@/lib/server/agreement/proposed-destinations";

/**
 * Next year's round from this one: the calendar a year later, the same
 * rules (nationalities, office approval, grant settings), and the
 * destinations the agreements valid in the new year propose (this round's,
 * when no signed agreement covers that year), for the office to adjust.
 */
export async function copyRound(user: CurrentUser, { roundId }: { roundId: string }): Promise<{ id: string }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    const source = await tx.applicationRound.findUnique({ where: { id: roundId }, include: { destinations: { include: { quotas: QUOTA_SELECT } } } });
    if (!source) throw new AppError("not_found");
    const next = copyForNextYear(roundForm(source));
    if (await tx.applicationRound.count({ where: { name: next.name, academicYear: next.academicYear } })) throw new AppError("refused", "round_exists");
    const fromAgreements = await proposedDestinations(next.academicYear, tx);
    const destinations = fromAgreements.length > 0 ? fromAgreements : source.destinations;
    const created = await tx.applicationRound.create({
      data: {
        ...roundColumns(next),
        ...roundRules(source),
        destinations: { create: destinations.map(destinationRows) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.copied",
      entityType: "ApplicationRound",
      entityId: created.id,
      fromState: source.id,
      toState: next.name,
    });
    return created;
  });
}
