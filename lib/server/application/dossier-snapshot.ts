import "server-only";
import { isRoundOpen } from "@/lib/domain/round";
import type { Prisma } from "@/lib/server/db/generated/client";
import { buildChecklist, phaseOf, type PhaseChecklist } from "@/lib/domain/dossier/checklist";
import { dossierProfileOf, eligibilityAnswersOf } from "@/lib/domain/application/eligibility-answers";
import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import type { EligibilityResult } from "@/lib/domain/eligibility/types";
import { DEFAULT_ELIGIBLE_NATIONALITIES } from "@/lib/domain/eligibility/countries";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { applicationFacts, FACTS_SELECT } from "./application-facts";

type DossierSnapshot = {
  status: ApplicationStatus;
  version: number;
  roundOpen: boolean;
  eligibility: EligibilityResult;
  checklist: PhaseChecklist[];
};

/**
 * The application's eligibility and checklist as they stand inside `tx`,
 * and the stored summary of its application-phase pieces brought up to date.
 */
export async function dossierSnapshot(tx: Prisma.TransactionClient, applicationId: string, now = new Date()): Promise<DossierSnapshot> {
  const row = await tx.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      ...FACTS_SELECT,
      status: true,
      version: true,
      applicationPiecesState: true,
      round: { select: { opensAt: true, deadline: true, additionalEligibleNationalities: true } },
      pieces: { select: { kind: true, status: true, reviewComment: true } },
    },
  });
  const nationalities = [...DEFAULT_ELIGIBLE_NATIONALITIES, ...row.round.additionalEligibleNationalities];
  const facts = applicationFacts(row);
  const eligibility = evaluateEligibility(eligibilityAnswersOf(facts), nationalities);
  const checklist = buildChecklist(dossierProfileOf(facts, nationalities), row.pieces, row.status);
  const applicationPhase = phaseOf(checklist, "APPLICATION");
  const state = applicationPhase.accepted ? "ACCEPTED" : applicationPhase.complete ? "COMPLETE" : "INCOMPLETE";
  if (state !== row.applicationPiecesState) {
    await tx.outgoingApplication.update({ where: { id: applicationId }, data: { applicationPiecesState: state } });
  }
  return {
    status: row.status,
    version: row.version,
    roundOpen: isRoundOpen(row.round, now),
    eligibility,
    checklist,
  };
}
