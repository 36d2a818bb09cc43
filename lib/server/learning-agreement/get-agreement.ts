import "server-only";
import { displayName } from "@/lib/domain/people";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { ComponentChange, LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { changeWindowOpen, validSignatures, type Party } from "@/lib/domain/learning-agreement/signatures";
import type { VersionState } from "@/lib/domain/learning-agreement/versions";
import { agreementProgress } from "@/lib/domain/learning-agreement/progress";
import { FIRST_AGREEMENT_STATUSES, type ApplicationStatus } from "@/lib/domain/application/status";
import { readableAgreementApplications, sendingSignerApplications } from "./access";
import { mobilityChoice } from "@/lib/domain/allocation/mobility-choice";
import { HELD_PLACE_SELECT } from "@/lib/server/selection/selection-state";

export type SignatureView = {
  party: Party;
  signerName: string;
  signerPosition: string;
  signerEmail: string;
  signerApp: string;
  signedAt: Date;
  contentHash: string;
  valid: boolean;
};

export type VersionView = {
  id: string;
  number: number;
  kind: "FIRST" | "CHANGE";
  state: VersionState;
  content: LearningAgreementContent;
  changes: ComponentChange[] | null;
  contentHash: string;
  revision: number;
  pdfFileId: string | null;
  officeApprovedAt: Date | null;
  createdAt: Date;
  agreedAt: Date | null;
  signatures: SignatureView[];
  rejections: Array<{ party: Party; authorName: string; comment: string; createdAt: Date }>;
};

type AgreementView = {
  id: string;
  applicationId: string;
  applicationStatus: ApplicationStatus;
  student: { name: string; email: string };
  sendingInstitution: string;
  receivingInstitution: string;
  stay: "AUTUMN" | "SPRING" | "YEAR";
  arrivedAt: Date | null;
  changeWindowDays: number;
  needsOfficeApproval: boolean;
  versions: VersionView[];
  invitations: Array<{ id: string; versionId: string; email: string; expiresAt: Date; revokedAt: Date | null; usedAt: Date | null }>;
  /** The host's signing links that still work. */
  openInvitations: AgreementView["invitations"];
  /** Where it stands: see `agreementProgress`. */
  progress: ReturnType<typeof agreementProgress<VersionView>>;
  /** What the caller may do with it; the operations check the same rules again. */
  can: {
    /** Sign (or reject) the proposal for the home institution. */
    signForHome: boolean;
    /** Approve the proposal for the international office, where the round requires it. */
    approveAsOffice: boolean;
    /** See, withdraw and renew the host's signing links. */
    manageInvitations: boolean;
    /** The student edits the first version. */
    editFirstVersion: boolean;
    /** The student proposes changes to the agreed version, within the window after arrival. */
    proposeChanges: boolean;
    /** The student deletes an agreement that was never agreed. */
    delete: boolean;
  };
};

const NOBODY: AgreementView["can"] = {
  signForHome: false,
  approveAsOffice: false,
  manageInvitations: false,
  editFirstVersion: false,
  proposeChanges: false,
  delete: false,
};

function canOf(user: CurrentUser | null, view: Omit<AgreementView, "can">, now: Date): AgreementView["can"] {
  if (!user) return NOBODY;
  const { proposal, agreed, sendingSigned, changesPending } = view.progress;
  const signsForHome = sendingSignerApplications(user) !== null;
  const student = user.role === "STUDENT";
  return {
    signForHome: signsForHome && Boolean(proposal) && !sendingSigned,
    approveAsOffice: user.role === "INTERNATIONAL_OFFICE" && view.needsOfficeApproval && Boolean(proposal && !proposal.officeApprovedAt) && !sendingSigned,
    manageInvitations: signsForHome,
    editFirstVersion: student && FIRST_AGREEMENT_STATUSES.includes(view.applicationStatus) && !agreed,
    proposeChanges: student && Boolean(agreed) && changeWindowOpen(view.arrivedAt, view.changeWindowDays, now) && !changesPending,
    delete: student && view.versions.length > 0 && !agreed,
  };
}

export const AGREEMENT_SELECT = {
  id: true,
  applicationId: true,
  application: {
    select: {
      status: true,
      arrivedAt: true,
      firstName: true,
      lastName: true,
      student: { select: { name: true, email: true } },
      round: { select: { learningAgreementChangeDays: true, learningAgreementNeedsOfficeApproval: true } },
      programme: { select: { department: { select: { homeInstitution: { select: { name: true } } } } } },
      choices: { orderBy: { rank: "asc" }, select: { partnerInstitutionId: true, semesters: true, partnerInstitution: { select: { name: true } } } },
      placeOffers: HELD_PLACE_SELECT,
    },
  },
  versions: {
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      kind: true,
      state: true,
      content: true,
      changes: true,
      contentHash: true,
      revision: true,
      pdfFileId: true,
      officeApprovedAt: true,
      createdAt: true,
      agreedAt: true,
      signatures: {
        orderBy: { signedAt: "asc" },
        select: { party: true, signerName: true, signerPosition: true, signerEmail: true, signerApp: true, signedAt: true, contentHash: true },
      },
      rejections: { orderBy: { createdAt: "asc" }, select: { party: true, authorName: true, comment: true, createdAt: true } },
    },
  },
  invitations: { orderBy: { createdAt: "desc" }, select: { id: true, versionId: true, email: true, expiresAt: true, revokedAt: true, usedAt: true } },
} as const;

type AgreementRow = Awaited<ReturnType<typeof loadRow>>;

function loadRow(where: { applicationId: string } | { id: string }, scope: object) {
  return db.learningAgreement.findFirst({ where: { ...where, application: scope }, select: AGREEMENT_SELECT });
}

export function toAgreementView(row: NonNullable<AgreementRow>, user: CurrentUser | null = null, now = new Date()): AgreementView {
  const choice = mobilityChoice(row.application.choices, row.application.placeOffers);
  const semesters = choice?.semesters ?? [];
  const versions: VersionView[] = row.versions.map((v) => {
    const valid = new Set(validSignatures(v.contentHash, v.signatures).map((s) => s.party));
    return {
      id: v.id,
      number: v.number,
      kind: v.kind,
      state: v.state,
      content: v.content as LearningAgreementContent,
      changes: (v.changes as ComponentChange[] | null) ?? null,
      contentHash: v.contentHash,
      revision: v.revision,
      pdfFileId: v.pdfFileId,
      officeApprovedAt: v.officeApprovedAt,
      createdAt: v.createdAt,
      agreedAt: v.agreedAt,
      signatures: v.signatures.map((s) => ({ ...s, valid: valid.has(s.party) && s.contentHash === v.contentHash })),
      rejections: v.rejections,
    };
  });
  const view: Omit<AgreementView, "can"> = {
    id: row.id,
    applicationId: row.applicationId,
    applicationStatus: row.application.status,
    student: {
      name: displayName(row.application, row.application.student.name),
      email: row.application.student.email,
    },
    sendingInstitution: row.application.programme?.department.homeInstitution.name ?? "",
    receivingInstitution: choice?.partnerInstitution.name ?? "",
    stay: semesters.length > 1 ? "YEAR" : semesters[0] === "SPRING" ? "SPRING" : "AUTUMN",
    arrivedAt: row.application.arrivedAt,
    changeWindowDays: row.application.round.learningAgreementChangeDays,
    needsOfficeApproval: row.application.round.learningAgreementNeedsOfficeApproval,
    versions,
    invitations: row.invitations,
    openInvitations: row.invitations.filter((i) => !i.revokedAt && !i.usedAt && i.expiresAt > now),
    progress: agreementProgress(versions),
  };
  return { ...view, can: canOf(user, view, now) };
}

/** The learning agreement of an application, for its parties; null if none or not readable. */
export async function getAgreementByApplication(user: CurrentUser, applicationId: string): Promise<AgreementView | null> {
  const row = await loadRow({ applicationId }, readableAgreementApplications(user));
  return row ? toAgreementView(row, user) : null;
}

export async function getAgreementById(user: CurrentUser, id: string): Promise<AgreementView | null> {
  const row = await loadRow({ id }, readableAgreementApplications(user));
  return row ? toAgreementView(row, user) : null;
}

/** For the host's invitation link, which carries its own authority. */
export async function getAgreementForInvitation(agreementId: string): Promise<AgreementView | null> {
  const row = await loadRow({ id: agreementId }, {});
  return row ? toAgreementView(row) : null;
}
