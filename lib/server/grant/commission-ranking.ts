import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { COMMISSION_STATUSES } from "@/lib/server/application/access";
import { computeGrant, type GrantAmount, type GrantLine, type IneligibleReason } from "@/lib/domain/grant/rate-table";
import { allocateBudget, isLinguisticDestination, rankCandidates, type Award, type RankedCandidate } from "@/lib/domain/grant/ranking";
import { toIsoDate } from "@/lib/domain/calendar";
import { GRANT_SETTINGS_SELECT, type GrantSettings } from "./settings";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

/* What the commission's operations share: the ranking of a round's candidates and who may change it. Each operation lives in its own file. */

/** A line of an imported grade file that could not be used, and why (a key under `grants.import`). */
export type GradeLineError = { line: number; reason: "badLine" | "unknownStudent" };

export type CommissionRow = RankedCandidate & {
  name: string;
  studentNumber: string | null;
  destination: string;
  countryCode: string;
  linguisticDerived: boolean;
  linguisticOverride: boolean | null;
  fewerOpportunities: boolean;
  amountLines: GrantLine[];
  ineligibleReason: IneligibleReason | null;
  award: Award;
};

export type CommissionView = {
  round: { id: string; name: string };
  settings: GrantSettings;
  rows: CommissionRow[];
  remaining: number;
  published: boolean;
  /** After publication: what an amendment would award now, and the amendments published. */
  amendment: { freed: number; awards: Array<{ id: string; name: string; amount: number }> } | null;
  amendments: Array<{ id: string; publishedAt: Date; by: string; freed: number; count: number }>;
  /** What the caller may do here: the international office reads, the commission changes until publication. */
  can: { edit: boolean; amend: boolean };
};

export function canRead(user: CurrentUser): boolean {
  return user.role === "GRANT_COMMISSION" || user.role === "INTERNATIONAL_OFFICE";
}

export function requireCommission(user: CurrentUser): void {
  if (user.role !== "GRANT_COMMISSION") throw new AppError("forbidden");
}

export async function loadRound(tx: Prisma.TransactionClient | typeof db, roundId: string) {
  const round = await tx.applicationRound.findUnique({ where: { id: roundId }, select: { id: true, name: true, ...GRANT_SETTINGS_SELECT } });
  if (!round) throw new AppError("not_found");
  return round;
}

/** The selected candidates of a round, ranked, with what each would get and whether the budget reaches them. */
export async function computeRanking(tx: Prisma.TransactionClient | typeof db, roundId: string, settings: GrantSettings) {
  const applications = await tx.outgoingApplication.findMany({
    where: { roundId, status: { in: COMMISSION_STATUSES } },
    select: {
      id: true,
      firstName: true,
      lastName: true,
      nationality: true,
      otherEuGrant: true,
      scholarshipHolder: true,
      gradeAverage: true,
      linguisticOverride: true,
      fewerOpportunities: true,
      submittedAt: true,
      student: { select: { studentNumber: true, email: true, locale: true, name: true } },
      choices: {
        orderBy: { rank: "asc" },
        select: {
          partnerInstitutionId: true,
          startDate: true,
          endDate: true,
          partnerInstitution: { select: { name: true, countryCode: true } },
        },
      },
      placeOffers: HELD_PLACE_SELECT,
    },
  });
  const details = new Map(
    applications.map((a) => {
      const choice = mobilityChoice(a.choices, a.placeOffers);
      const grant = choice
        ? computeGrant(settings.rateTable, {
            countryCode: choice.partnerInstitution.countryCode,
            startDate: toIsoDate(choice.startDate),
            endDate: toIsoDate(choice.endDate),
            nationality: a.nationality,
            otherEuGrant: a.otherEuGrant ?? false,
            fewerOpportunities: a.fewerOpportunities,
          })
        : ({ eligible: false, total: 0, reason: "invalid_period", lines: [] } as GrantAmount);
      const linguisticDerived = choice ? isLinguisticDestination(choice.partnerInstitution.countryCode) : false;
      return [a.id, { application: a, choice, grant, linguisticDerived }] as const;
    }),
  );
  const ranked = rankCandidates(
    [...details.values()].map(({ application: a, grant, linguisticDerived }) => ({
      id: a.id,
      scholarshipHolder: a.scholarshipHolder ?? false,
      linguistic: a.linguisticOverride ?? linguisticDerived,
      gradeAverage: a.gradeAverage?.toNumber() ?? null,
      submittedAt: a.submittedAt,
      amount: grant.total,
      grantEligible: grant.eligible,
    })),
    settings.weights,
    settings.tieBreaks,
  );
  const { awards, remaining } = allocateBudget(ranked, settings.budget);
  const rows: CommissionRow[] = ranked.map((candidate, index) => {
    const { application: a, choice, grant, linguisticDerived } = details.get(candidate.id)!;
    return {
      ...candidate,
      name: displayName(a, a.student.name),
      studentNumber: a.student.studentNumber,
      destination: choice?.partnerInstitution.name ?? "",
      countryCode: choice?.partnerInstitution.countryCode ?? "",
      linguisticDerived,
      linguisticOverride: a.linguisticOverride,
      fewerOpportunities: a.fewerOpportunities,
      amountLines: grant.lines,
      ineligibleReason: grant.eligible ? null : grant.reason,
      award: awards[index]!,
    };
  });
  return { rows, remaining, students: new Map(applications.map((a) => [a.id, a.student])) };
}

export function refuseIfPublished(settings: GrantSettings): void {
  if (settings.publishedAt) throw new AppError("refused", "grants_published");
}
