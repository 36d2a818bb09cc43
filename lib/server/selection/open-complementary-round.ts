import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { translator } from "@/lib/i18n/translate";
import { destinationRows, roundRules } from "@/lib/server/round/round-columns";
import { lockRound } from "./selection-state";

const DAY = 86_400_000;

/**
 * After a round's allocation, a complementary round of the same year limited
 * to the places left unfilled (places no student holds, in each share when
 * they are split), with the same rules.
 * It opens tomorrow for two weeks, for the office to adjust on its set-up page.
 */
export async function openComplementaryRound(user: CurrentUser, { roundId }: { roundId: string }, now = new Date()): Promise<{ id: string }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  return db.$transaction(async (tx) => {
    await lockRound(tx, roundId);
    const source = await tx.applicationRound.findUniqueOrThrow({
      where: { id: roundId },
      include: { destinations: { include: { quotas: { orderBy: { position: "asc" } } } } },
    });
    if (!source.allocationConfirmedAt) throw new AppError("refused", "allocation_not_confirmed");
    const unfilled = source.destinations
      .filter((d) => d.places > d.placesHeld)
      .map((d) => ({
        partnerInstitutionId: d.partnerInstitutionId,
        places: d.places - d.placesHeld,
        quotas: d.quotas
          .filter((q) => q.places > q.placesHeld)
          .map((q) => ({ iscedCode: q.iscedCode, eqfLevels: q.eqfLevels, places: q.places - q.placesHeld })),
      }));
    if (unfilled.length === 0) throw new AppError("refused", "no_unfilled_places");
    const name = translator("fr")("selection.complementaryName", { round: source.name });
    if (await tx.applicationRound.count({ where: { name, academicYear: source.academicYear } })) throw new AppError("refused", "round_exists");
    const opensAt = new Date(Math.ceil(now.getTime() / DAY) * DAY);
    const created = await tx.applicationRound.create({
      data: {
        name,
        academicYear: source.academicYear,
        semesters: source.semesters,
        opensAt,
        deadline: new Date(opensAt.getTime() + 14 * DAY - 1),
        afterSelectionPiecesDue: source.afterSelectionPiecesDue,
        beforeDeparturePiecesDue: source.beforeDeparturePiecesDue,
        learningAgreementChangeDays: source.learningAgreementChangeDays,
        ...roundRules(source),
        destinations: { create: unfilled.map(destinationRows) },
      },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "round.copied",
      entityType: "ApplicationRound",
      entityId: created.id,
      fromState: source.id,
      toState: name,
      reason: "complementary",
    });
    return created;
  });
}
