import "server-only";
import { dayOfEnd, dayOfStart, endOfDay, startOfDay } from "@/lib/domain/round";
import type { z } from "zod";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ZRound } from "@/lib/validation/round-setup";

type RoundForm = z.output<typeof ZRound>;

/** A round's form as its columns: days become the instants they start or end, French time. */
export function roundColumns(input: RoundForm) {
  return {
    name: input.name,
    academicYear: input.academicYear,
    semesters: input.semesters,
    opensAt: startOfDay(input.opensOn),
    deadline: endOfDay(input.lastDay),
    afterSelectionPiecesDue: input.afterSelectionDue ? endOfDay(input.afterSelectionDue) : null,
    beforeDeparturePiecesDue: input.beforeDepartureDue ? endOfDay(input.beforeDepartureDue) : null,
    learningAgreementChangeDays: input.learningAgreementChangeDays,
  };
}

type RoundRow = {
  name: string;
  academicYear: string;
  semesters: Array<"AUTUMN" | "SPRING">;
  opensAt: Date;
  deadline: Date;
  afterSelectionPiecesDue: Date | null;
  beforeDeparturePiecesDue: Date | null;
  learningAgreementChangeDays: number;
};

/** The columns back as the form shows them. */
export function roundForm(row: RoundRow): Omit<RoundForm, "id" | "version"> {
  return {
    name: row.name,
    academicYear: row.academicYear,
    semesters: row.semesters,
    opensOn: dayOfStart(row.opensAt),
    lastDay: dayOfEnd(row.deadline),
    afterSelectionDue: row.afterSelectionPiecesDue ? dayOfEnd(row.afterSelectionPiecesDue) : "",
    beforeDepartureDue: row.beforeDeparturePiecesDue ? dayOfEnd(row.beforeDeparturePiecesDue) : "",
    learningAgreementChangeDays: row.learningAgreementChangeDays,
  };
}

type RoundRules = {
  additionalEligibleNationalities: string[];
  learningAgreementNeedsOfficeApproval: boolean;
  grantWeights: unknown;
  grantTieBreaks: string[];
  grantRateTable: unknown;
  selectionWeights: unknown;
  selectionTieBreaks: string[];
  offerAnswerDays: number;
};

/** The rules a round passes on to next year's copy or to its complementary round: nationalities, approvals, grant and selection settings. */
export function roundRules(source: RoundRules) {
  return {
    additionalEligibleNationalities: source.additionalEligibleNationalities,
    learningAgreementNeedsOfficeApproval: source.learningAgreementNeedsOfficeApproval,
    grantWeights: source.grantWeights ?? undefined,
    grantTieBreaks: source.grantTieBreaks,
    grantRateTable: source.grantRateTable ?? undefined,
    selectionWeights: source.selectionWeights ?? undefined,
    selectionTieBreaks: source.selectionTieBreaks,
    offerAnswerDays: source.offerAnswerDays,
  } as const;
}

/** What a round's destination keeps of each share of its places (`PlaceQuota`), in order. */
export const QUOTA_SELECT = {
  orderBy: { position: "asc" },
  select: { iscedCode: true, eqfLevels: true, places: true },
} satisfies Prisma.RoundDestination$quotasArgs;

/** A destination with its shares, as a nested create of a new round's destinations. */
export function destinationRows(d: {
  partnerInstitutionId: string;
  places: number;
  quotas: Array<{ iscedCode: string; eqfLevels: number[]; places: number }>;
}) {
  return {
    partnerInstitutionId: d.partnerInstitutionId,
    places: d.places,
    quotas: { create: d.quotas.map((q, position) => ({ position, iscedCode: q.iscedCode, eqfLevels: q.eqfLevels, places: q.places })) },
  };
}
