import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { COMMISSION_STATUSES } from "@/lib/server/application/access";
import { computeGrant, PROGRAMME_PRESET, SEED_PRESET, type GrantAmount, type GrantLine, type IneligibleReason } from "@/lib/domain/grant/rate-table";
import { allocateBudget, isLinguisticDestination, rankCandidates, type Award, type Criterion, type RankedCandidate } from "@/lib/domain/grant/ranking";
import { toIsoDate } from "@/lib/domain/calendar";
import { GRANT_SETTINGS_SELECT, grantSettingsOf, type GrantSettings } from "./settings";

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

export type CommissionView = { round: { id: string; name: string }; settings: GrantSettings; rows: CommissionRow[]; remaining: number; published: boolean };

function canRead(user: CurrentUser): boolean {
  return user.role === "GRANT_COMMISSION" || user.role === "INTERNATIONAL_OFFICE";
}

function requireCommission(user: CurrentUser): void {
  if (user.role !== "GRANT_COMMISSION") throw new AppError("forbidden");
}

async function loadRound(tx: Prisma.TransactionClient | typeof db, roundId: string) {
  const round = await tx.applicationRound.findUnique({ where: { id: roundId }, select: { id: true, name: true, ...GRANT_SETTINGS_SELECT } });
  if (!round) throw new AppError("not_found");
  return round;
}

/** The selected candidates of a round, ranked, with what each would get and whether the budget reaches them. */
async function computeRanking(tx: Prisma.TransactionClient | typeof db, roundId: string, settings: GrantSettings) {
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
      choices: { where: { rank: 1 }, select: { startDate: true, endDate: true, partnerInstitution: { select: { name: true, countryCode: true, languagesOfInstruction: true } } } },
    },
  });
  const details = new Map(
    applications.map((a) => {
      const choice = a.choices[0];
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
      const linguisticDerived = choice ? isLinguisticDestination(choice.partnerInstitution.languagesOfInstruction) : false;
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

export async function getCommissionView(user: CurrentUser, roundId: string): Promise<CommissionView> {
  if (!canRead(user)) throw new AppError("forbidden");
  const round = await loadRound(db, roundId);
  const settings = grantSettingsOf(round);
  const { rows, remaining } = await computeRanking(db, roundId, settings);
  if (settings.publishedAt) {
    const decisions = new Map((await db.grantDecision.findMany({ where: { application: { roundId } } })).map((d) => [d.applicationId, d]));
    const frozen = rows
      .filter((r) => decisions.has(r.id))
      .map((r) => {
        const d = decisions.get(r.id)!;
        return { ...r, rank: d.rank, score: d.score, award: { id: r.id, awarded: d.awarded, amount: d.amount.toNumber(), reason: d.reason as Award["reason"] } };
      })
      .sort((a, b) => a.rank - b.rank);
    const spent = frozen.reduce((sum, r) => sum + r.award.amount, 0);
    return { round: { id: round.id, name: round.name }, settings, rows: frozen, remaining: Math.round((settings.budget - spent) * 100) / 100, published: true };
  }
  return { round: { id: round.id, name: round.name }, settings, rows, remaining, published: false };
}

function refuseIfPublished(settings: GrantSettings): void {
  if (settings.publishedAt) throw new AppError("refused", "grants_published");
}

export type SettingsInput = {
  budget: number;
  weights: Record<Criterion, number>;
  tieBreaks: Criterion[];
  preset: "seed" | "programme";
  monthlyRate: number;
  publicationDate: string;
};

/** Only the commission changes the weights, order, budget and rate table, and only before publication. */
export async function updateGrantSettings(user: CurrentUser, roundId: string, input: SettingsInput): Promise<void> {
  requireCommission(user);
  await db.$transaction(async (tx) => {
    const round = await loadRound(tx, roundId);
    refuseIfPublished(grantSettingsOf(round));
    const rateTable = input.preset === "seed" ? { ...SEED_PRESET, monthlyRate: input.monthlyRate } : PROGRAMME_PRESET;
    await tx.applicationRound.update({
      where: { id: roundId },
      data: {
        grantBudget: input.budget,
        grantWeights: input.weights,
        grantTieBreaks: input.tieBreaks,
        grantRateTable: rateTable as unknown as Prisma.InputJsonValue,
        grantPublicationDate: input.publicationDate ? new Date(`${input.publicationDate}T12:00:00Z`) : null,
      },
    });
    await recordAudit(tx, { actorId: user.id, action: "grants.settings_changed", entityType: "ApplicationRound", entityId: roundId, toState: JSON.stringify({ budget: input.budget, weights: input.weights, preset: input.preset }) });
  });
}

/** The academic criterion imported as "student number;average" lines; nothing is written if any line is wrong. */
export async function importGradeAverages(user: CurrentUser, roundId: string, csv: string): Promise<{ updated: number; errors: GradeLineError[] }> {
  requireCommission(user);
  return db.$transaction(async (tx) => {
    refuseIfPublished(grantSettingsOf(await loadRound(tx, roundId)));
    const errors: GradeLineError[] = [];
    const updates: Array<{ id: string; average: number }> = [];
    const lines = csv.split(/\r?\n/).map((l) => l.trim());
    for (const [index, line] of lines.entries()) {
      if (!line || /^student/i.test(line) || /^num/i.test(line)) continue;
      // "123;12,5" keeps its decimal comma; only a line without ";" or tab is split at its first comma.
      const separator = line.includes(";") ? ";" : line.includes("\t") ? "\t" : ",";
      const at = line.indexOf(separator);
      const number = line.slice(0, at).trim();
      const rawAverage = at >= 0 ? line.slice(at + 1).trim() : "";
      const average = Number(rawAverage?.replace(",", "."));
      if (!number || !Number.isFinite(average) || average < 0 || average > 20) {
        errors.push({ line: index + 1, reason: "badLine" });
        continue;
      }
      const application = await tx.outgoingApplication.findFirst({ where: { roundId, status: { in: COMMISSION_STATUSES }, student: { studentNumber: number } }, select: { id: true } });
      if (!application) errors.push({ line: index + 1, reason: "unknownStudent" });
      else updates.push({ id: application.id, average });
    }
    if (errors.length > 0) return { updated: 0, errors };
    for (const update of updates) await tx.outgoingApplication.update({ where: { id: update.id }, data: { gradeAverage: update.average } });
    await recordAudit(tx, { actorId: user.id, action: "grants.grades_imported", entityType: "ApplicationRound", entityId: roundId, toState: String(updates.length) });
    return { updated: updates.length, errors };
  });
}

export async function setCandidateCriteria(user: CurrentUser, input: { applicationId: string; gradeAverage: number | null; linguisticOverride: boolean | null; fewerOpportunities: boolean }): Promise<void> {
  requireCommission(user);
  await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({ where: { id: input.applicationId, status: { in: COMMISSION_STATUSES } }, select: { id: true, roundId: true } });
    if (!application) throw new AppError("not_found");
    refuseIfPublished(grantSettingsOf(await loadRound(tx, application.roundId)));
    await tx.outgoingApplication.update({
      where: { id: application.id },
      data: { gradeAverage: input.gradeAverage, linguisticOverride: input.linguisticOverride, fewerOpportunities: input.fewerOpportunities },
    });
  });
}

/**
 * Freezes the ranking as published decisions and tells each candidate. After
 * this nothing in the round's grants can change.
 */
export async function publishGrants(user: CurrentUser, roundId: string, now = new Date()): Promise<void> {
  requireCommission(user);
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "ApplicationRound" WHERE id = ${roundId} FOR UPDATE`;
    const round = await loadRound(tx, roundId);
    const settings = grantSettingsOf(round);
    refuseIfPublished(settings);
    const { rows, students } = await computeRanking(tx, roundId, settings);
    for (const row of rows) {
      await tx.grantDecision.create({
        data: {
          applicationId: row.id,
          rank: row.rank,
          score: row.score,
          breakdown: row.breakdown,
          awarded: row.award.awarded,
          reason: row.ineligibleReason ?? row.award.reason,
          amount: row.award.amount,
          amountLines: (row.award.awarded ? row.amountLines : []) as unknown as Prisma.InputJsonValue,
          publishedAt: now,
        },
      });
      const student = students.get(row.id)!;
      await notify(tx, student, row.award.awarded ? "grantAwarded" : "grantNotAwarded", { name: student.name, amount: row.award.amount, rank: row.rank });
    }
    await tx.applicationRound.update({ where: { id: roundId }, data: { grantsPublishedAt: now } });
    await recordAudit(tx, { actorId: user.id, action: "grants.published", entityType: "ApplicationRound", entityId: roundId, toState: String(rows.length) });
  });
  deliverSoon();
}
