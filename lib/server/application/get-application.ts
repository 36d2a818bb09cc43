import "server-only";
import { isRoundOpen } from "@/lib/domain/round";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { buildChecklist, type PhaseChecklist } from "@/lib/domain/dossier/checklist";
import { dossierProfileOf, eligibilityAnswersOf } from "@/lib/domain/application/eligibility-answers";
import { evaluateEligibility } from "@/lib/domain/eligibility/evaluate";
import type { EligibilityResult, RecognitionAnswer, ResidenceStatus } from "@/lib/domain/eligibility/types";
import type { Semester } from "@/lib/domain/incoming/deadlines";
import { decisionMoves, FIRST_AGREEMENT_STATUSES, isActive, type ApplicationStatus } from "@/lib/domain/application/status";
import type { PieceKind } from "@/lib/domain/dossier/pieces";
import { maskIban } from "@/lib/domain/iban";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";
import { eligibilityContextFor } from "@/lib/server/round/eligible-nationalities";
import { readableApplications, reviewableApplications } from "./access";
import { applicationFacts, FACTS_SELECT } from "./application-facts";

export type PieceFile = { id: string; originalName: string; size: number; contentType: string; uploadedAt: Date; current: boolean };

export type ApplicationView = {
  id: string;
  status: ApplicationStatus;
  version: number;
  currentStep: number;
  form: Record<string, unknown>;
  submittedAt: Date | null;
  round: { id: string; name: string; deadline: Date; open: boolean; afterSelectionPiecesDue: Date | null; beforeDeparturePiecesDue: Date | null };
  student: { id: string; name: string; email: string; studentNumber: string | null; locale: "fr" | "en" };
  answers: {
    firstName: string | null;
    lastName: string | null;
    birthDate: Date | null;
    phone: string | null;
    nationality: string | null;
    residenceStatus: ResidenceStatus | null;
    programme: { name: string; department: string } | null;
    yearOfStudy: number | null;
    creditsCompleted: number | null;
    scholarshipHolder: boolean | null;
    otherEuGrant: boolean | null;
    fullRecognition: RecognitionAnswer | null;
    motivation: string | null;
  };
  choices: Array<{ rank: number; partner: string; erasmusCode: string; countryCode: string; semesters: Semester[]; startDate: Date; endDate: Date }>;
  /** The choice the mobility is to: the destination of the place it holds once places are allocated, else the first choice. */
  mobility: ApplicationView["choices"][number] | null;
  languages: Array<{ language: string; level: string }>;
  eligibility: EligibilityResult;
  checklist: PhaseChecklist[];
  pieces: Partial<Record<PieceKind, { id: string; version: number; files: PieceFile[] }>>;
  bankDetails: { holderName: string; iban: string; bic: string } | null;
  /** What the caller may do with it; the operations check the same rules again. */
  can: {
    /** Review the pieces and decide: the coordinators of its programme and the office. */
    review: boolean;
    /** The status moves offered to a reviewer, guards aside. */
    moves: ApplicationStatus[];
    /** Declare a withdrawal for the student. */
    declareWithdrawal: boolean;
    /** Record the national agency's acceptance of a force majeure: the office. */
    acceptForceMajeure: boolean;
    /** The student starts the first learning agreement: once selected, until departure. */
    startAgreement: boolean;
    /** The home dossier (pieces, eligibility, grant, history): everyone but the host institution, which has the nomination. */
    readHomeDossier: boolean;
  };
};

/**
 * What the host institution reads of an application: the nomination (who,
 * what they study, where and when, their languages), never the home
 * institution's dossier, grant or internal judgements.
 */
function nominationOnly(view: ApplicationView): ApplicationView {
  const { answers } = view;
  return {
    ...view,
    form: {},
    answers: {
      ...answers,
      residenceStatus: null,
      scholarshipHolder: null,
      otherEuGrant: null,
      fullRecognition: null,
      motivation: null,
      creditsCompleted: null,
    },
    checklist: [],
    pieces: {},
    bankDetails: null,
  };
}

function canOf(user: CurrentUser, status: ApplicationStatus, placesAllocated: boolean): ApplicationView["can"] {
  const review = reviewableApplications(user) !== null;
  return {
    review,
    moves: review ? decisionMoves(status, { placesAllocated }) : [],
    declareWithdrawal: review && isActive(status),
    acceptForceMajeure: user.role === "INTERNATIONAL_OFFICE",
    startAgreement: user.role === "STUDENT" && FIRST_AGREEMENT_STATUSES.includes(status),
    readHomeDossier: user.role !== "HOST_COORDINATOR",
  };
}

/**
 * One application with its dossier, for anyone allowed to read it (the
 * student, the coordinators of its programme, the international office…);
 * null when the user may not see it or it does not exist.
 */
export async function getApplication(user: CurrentUser, applicationId: string, now = new Date()): Promise<ApplicationView | null> {
  const row = await db.outgoingApplication.findFirst({
    where: { AND: [{ id: applicationId }, readableApplications(user)] },
    select: {
      ...FACTS_SELECT,
      id: true,
      status: true,
      version: true,
      currentStep: true,
      form: true,
      submittedAt: true,
      firstName: true,
      lastName: true,
      birthDate: true,
      phone: true,
      yearOfStudy: true,
      motivation: true,
      round: {
        select: {
          id: true,
          name: true,
          deadline: true,
          opensAt: true,
          afterSelectionPiecesDue: true,
          beforeDeparturePiecesDue: true,
          allocationConfirmedAt: true,
        },
      },
      student: { select: { id: true, name: true, email: true, studentNumber: true, locale: true } },
      programme: { select: { name: true, department: { select: { name: true } } } },
      placeOffers: HELD_PLACE_SELECT,
      choices: {
        orderBy: { rank: "asc" },
        select: {
          rank: true,
          partnerInstitutionId: true,
          semesters: true,
          startDate: true,
          endDate: true,
          partnerInstitution: { select: { name: true, erasmusCode: true, countryCode: true } },
        },
      },
      languageSkills: { select: { language: true, level: true }, orderBy: { language: "asc" } },
      pieces: {
        select: {
          id: true,
          kind: true,
          status: true,
          version: true,
          reviewComment: true,
          currentFileId: true,
          files: {
            orderBy: { uploadedAt: "desc" },
            select: { id: true, originalName: true, size: true, contentType: true, uploadedAt: true },
          },
        },
      },
      bankDetails: { select: { holderName: true, ibanLast4: true, bic: true } },
    },
  });
  if (!row) return null;

  const context = await eligibilityContextFor(row.round.id);
  const nationalities = context?.nationalities ?? [];
  const facts = applicationFacts(row);
  const eligibility = evaluateEligibility(eligibilityAnswersOf(facts), nationalities);
  const checklist = buildChecklist(
    dossierProfileOf(facts, nationalities),
    row.pieces.map((p) => ({ kind: p.kind, status: p.status, reviewComment: p.reviewComment })),
    row.status,
  );

  const choices = row.choices.map((c) => ({
    rank: c.rank,
    partner: c.partnerInstitution.name,
    erasmusCode: c.partnerInstitution.erasmusCode,
    countryCode: c.partnerInstitution.countryCode,
    semesters: c.semesters,
    startDate: c.startDate,
    endDate: c.endDate,
  }));
  const mobility = mobilityChoice(row.choices, row.placeOffers);
  const view: ApplicationView = {
    id: row.id,
    status: row.status,
    version: row.version,
    currentStep: row.currentStep,
    form: row.form as Record<string, unknown>,
    submittedAt: row.submittedAt,
    round: {
      id: row.round.id,
      name: row.round.name,
      deadline: row.round.deadline,
      open: isRoundOpen(row.round, now),
      afterSelectionPiecesDue: row.round.afterSelectionPiecesDue,
      beforeDeparturePiecesDue: row.round.beforeDeparturePiecesDue,
    },
    student: row.student,
    answers: {
      firstName: row.firstName,
      lastName: row.lastName,
      birthDate: row.birthDate,
      phone: row.phone,
      nationality: row.nationality,
      residenceStatus: row.residenceStatus,
      programme: row.programme ? { name: row.programme.name, department: row.programme.department.name } : null,
      yearOfStudy: row.yearOfStudy,
      creditsCompleted: row.creditsCompleted,
      scholarshipHolder: row.scholarshipHolder,
      otherEuGrant: row.otherEuGrant,
      fullRecognition: row.fullRecognition,
      motivation: row.motivation,
    },
    choices,
    mobility: mobility ? choices[row.choices.indexOf(mobility)]! : null,
    languages: row.languageSkills,
    eligibility,
    checklist,
    pieces: Object.fromEntries(
      row.pieces.map((p) => [p.kind, { id: p.id, version: p.version, files: p.files.map((f) => ({ ...f, current: f.id === p.currentFileId })) }]),
    ),
    can: canOf(user, row.status, row.round.allocationConfirmedAt !== null),
    bankDetails: row.bankDetails ? { holderName: row.bankDetails.holderName, iban: maskIban(row.bankDetails.ibanLast4), bic: row.bankDetails.bic } : null,
  };
  return view.can.readHomeDossier ? view : nominationOnly(view);
}
