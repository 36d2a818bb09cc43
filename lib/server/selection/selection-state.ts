import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { AppError } from "@/lib/server/errors";
import { allocatePlaces, type AllocationInput } from "@/lib/domain/allocation/allocate";
import { applyManualMoves, type ManualMove } from "@/lib/domain/allocation/manual-moves";
import { rankForSelection, SELECTION_CRITERIA, type ManualAdjustment, type SelectionCriterion, type SelectionWeights } from "@/lib/domain/allocation/ranking";
import { CEFR_LEVELS } from "@/lib/domain/languages";
import { choicePools, placePools, poolLabel } from "@/lib/domain/allocation/place-pools";

/** Offers that hold a place. */
export const HELD = ["OFFERED", "ACCEPTED"] as const;

/** What a query selects of an application to find its mobility choice with `mobilityChoice`. */
export const HELD_PLACE_SELECT = {
  where: { state: { in: [...HELD] } },
  select: { partnerInstitutionId: true },
} satisfies Prisma.OutgoingApplication$placeOffersArgs;

/** What a query selects of a round's destinations to make its pools with `placePools`. */
export const POOLED_DESTINATION_SELECT = {
  partnerInstitutionId: true,
  places: true,
  placesHeld: true,
  quotas: { orderBy: { position: "asc" }, select: { id: true, iscedCode: true, eqfLevels: true, places: true, placesHeld: true } },
} satisfies Prisma.RoundDestinationSelect;

/** Every change to a round's places runs under this lock, so two at once take turns (the database's check stays the last guard). */
export async function lockRound(tx: Prisma.TransactionClient, roundId: string): Promise<void> {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM "ApplicationRound" WHERE id = ${roundId} FOR UPDATE`;
  if (rows.length === 0) throw new AppError("not_found");
}

const APPLICATION_SELECT = {
  id: true,
  status: true,
  version: true,
  firstName: true,
  lastName: true,
  gradeAverage: true,
  motivationMark: true,
  previousErasmusStay: true,
  selectionRank: true,
  submittedAt: true,
  programme: { select: { departmentId: true, name: true, eqfLevel: true, iscedCode: true } },
  student: { select: { name: true, email: true, locale: true } },
  choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true } },
  languageSkills: { select: { level: true } },
  placeOffers: { where: { state: { in: [...HELD] } }, select: { id: true, partnerInstitutionId: true, quotaId: true, state: true, answerBy: true } },
} satisfies Prisma.OutgoingApplicationSelect;

export type SelectionApplication = Prisma.OutgoingApplicationGetPayload<{ select: typeof APPLICATION_SELECT }>;

function bestLevel(skills: Array<{ level: string }>) {
  const indexes = skills.map((s) => CEFR_LEVELS.indexOf(s.level as (typeof CEFR_LEVELS)[number])).filter((i) => i >= 0);
  return indexes.length ? CEFR_LEVELS[Math.max(...indexes)]! : null;
}

/**
 * A round's selection as it stands: its settings, its destinations with
 * their places (one pool per share when the agreement splits them), the
 * ranked candidates with their choices as pools and, until the allocation is
 * confirmed, the proposal with the coordinator's moves. Before the
 * confirmation the candidates are the submitted applications whose
 * application-phase pieces are all accepted; after it, those it ranked.
 */
export async function loadSelection(tx: Prisma.TransactionClient, roundId: string) {
  const round = await tx.applicationRound.findUnique({
    where: { id: roundId },
    select: {
      id: true,
      name: true,
      academicYear: true,
      selectionWeights: true,
      selectionTieBreaks: true,
      rankAdjustments: true,
      allocationMoves: true,
      offerAnswerDays: true,
      selectionSettingsVersion: true,
      allocationConfirmedAt: true,
      destinations: {
        orderBy: { partnerInstitution: { name: "asc" } },
        select: { ...POOLED_DESTINATION_SELECT, partnerInstitution: { select: { name: true, countryCode: true } } },
      },
    },
  });
  if (!round) throw new AppError("not_found");
  const confirmed = round.allocationConfirmedAt !== null;
  const applications = await tx.outgoingApplication.findMany({
    where: confirmed
      ? { roundId, selectionRank: { not: null } }
      : { roundId, status: { in: ["SUBMITTED", "UNDER_REVIEW"] }, applicationPiecesState: "ACCEPTED" },
    select: APPLICATION_SELECT,
  });
  const weights = { ...Object.fromEntries(SELECTION_CRITERIA.map((c) => [c, 0])), ...(round.selectionWeights as object) } as SelectionWeights;
  const tieBreaks = round.selectionTieBreaks.filter((c): c is SelectionCriterion => (SELECTION_CRITERIA as readonly string[]).includes(c));
  const adjustments = round.rankAdjustments as ManualAdjustment[];
  const ranking = confirmed
    ? [...applications].sort((a, b) => a.selectionRank! - b.selectionRank!).map((a) => ({ id: a.id, rank: a.selectionRank!, score: null, adjustment: null }))
    : rankForSelection(
        applications.map((a) => ({
          id: a.id,
          gradeAverage: a.gradeAverage === null ? null : Number(a.gradeAverage),
          motivationMark: a.motivationMark === null ? null : Number(a.motivationMark),
          languageLevel: bestLevel(a.languageSkills),
          previousStay: a.previousErasmusStay,
          submittedAt: a.submittedAt,
        })),
        { weights, tieBreaks },
        adjustments,
      );
  const byId = new Map(applications.map((a) => [a.id, a]));
  const destinations = new Map(round.destinations.map((d) => [d.partnerInstitutionId, d]));
  const pools = new Map(
    placePools(round.destinations).map((p) => [p.id, { ...p, name: poolLabel(destinations.get(p.partnerInstitutionId)!.partnerInstitution.name, p.quota) }]),
  );
  const input: AllocationInput = {
    // Before the confirmation, places already held were given by hand (`holdPlaceByHand`): the proposal shares out the rest.
    destinations: [...pools.values()].map((p) => ({ id: p.id, places: confirmed ? p.places : p.places - p.placesHeld })),
    candidates: ranking.map((r) => {
      const a = byId.get(r.id)!;
      return {
        id: r.id,
        rank: r.rank,
        choices: choicePools(
          destinations,
          a.choices.map((c) => c.partnerInstitutionId),
          a.programme,
        ),
      };
    }),
  };
  const moves = round.allocationMoves as ManualMove[];
  const proposal = confirmed ? null : applyManualMoves(input, allocatePlaces(input), moves);
  return { round: { ...round, weights, tieBreaks, adjustments, moves, confirmed }, applications: byId, ranking, pools, input, proposal };
}
