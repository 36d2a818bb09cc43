import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { applyChanges, type ComponentChange, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { changeWindowOpen } from "@/lib/domain/learning-agreement/signatures";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import { versionHash } from "./hash";

type Tx = Prisma.TransactionClient;

/** A first learning agreement is prepared once the student is selected, until departure. */
const FIRST_VERSION_STATUSES: ApplicationStatus[] = ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED"];

const EMPTY_CONTENT: LearningAgreementContent = {
  mobility: {
    academicYear: "",
    receivingDepartment: "",
    plannedStartMonth: "",
    plannedEndMonth: "",
    sendingContact: { name: "", email: "" },
    receivingContact: { name: "", email: "" },
  },
  language: { code: "en", level: "B2" },
  components: { studied: [], recognized: [], virtual: [] },
  recognitionCommitment: "",
};

async function ownApplication(tx: Tx, user: CurrentUser, applicationId: string) {
  if (user.role !== "STUDENT") throw new AppError("forbidden");
  const application = await tx.outgoingApplication.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: { id: true, status: true, arrivedAt: true, round: { select: { academicYear: true, learningAgreementChangeDays: true } } },
  });
  if (!application) throw new AppError("not_found");
  return application;
}

async function sendingCoordinators(tx: Tx, applicationId: string) {
  const application = await tx.outgoingApplication.findUniqueOrThrow({ where: { id: applicationId }, select: { programme: { select: { departmentId: true } } } });
  return tx.user.findMany({
    where: { role: "DEPARTMENTAL_COORDINATOR", departmentId: application.programme?.departmentId ?? "" },
    select: { email: true, locale: true, name: true },
  });
}

/**
 * The student edits the agreement. Editing a proposed version starts a new
 * draft: the proposed one is superseded and keeps its signatures, which
 * never move to the new text. An agreed first version is changed only by a
 * change proposal during the mobility.
 */
export async function saveAgreementDraft(user: CurrentUser, applicationId: string, revision: number, content: LearningAgreementContent): Promise<{ versionId: string; revision: number }> {
  return db.$transaction(async (tx) => {
    const application = await ownApplication(tx, user, applicationId);
    if (!FIRST_VERSION_STATUSES.includes(application.status)) throw new AppError("refused", "agreement_not_open");
    const agreement =
      (await tx.learningAgreement.findUnique({ where: { applicationId }, select: { id: true } })) ??
      (await tx.learningAgreement.create({ data: { applicationId }, select: { id: true } }));
    const latest = await tx.learningAgreementVersion.findFirst({ where: { agreementId: agreement.id }, orderBy: { number: "desc" } });
    if (latest?.state === "AGREED" || (await tx.learningAgreementVersion.count({ where: { agreementId: agreement.id, state: "AGREED" } })) > 0) {
      throw new AppError("refused", "agreement_already_agreed");
    }
    const hash = versionHash(content, null);
    if (latest?.state === "DRAFT") {
      const updated = await tx.learningAgreementVersion.updateMany({
        where: { id: latest.id, revision },
        data: { content: content as unknown as Prisma.InputJsonValue, contentHash: hash, revision: { increment: 1 } },
      });
      if (updated.count !== 1) throw new AppError("conflict");
      return { versionId: latest.id, revision: revision + 1 };
    }
    if (latest && latest.revision !== revision) throw new AppError("conflict");
    if (latest?.state === "PROPOSED") {
      await tx.learningAgreementVersion.update({ where: { id: latest.id }, data: { state: "SUPERSEDED" } });
      await tx.hostSigningInvitation.updateMany({ where: { versionId: latest.id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
    }
    const created = await tx.learningAgreementVersion.create({
      data: { agreementId: agreement.id, number: (latest?.number ?? 0) + 1, kind: "FIRST", content: content as unknown as Prisma.InputJsonValue, contentHash: hash },
      select: { id: true, revision: true },
    });
    return { versionId: created.id, revision: created.revision };
  });
}

const month = (date: Date) => date.toISOString().slice(0, 7);

/**
 * The draft a new agreement starts from, filled from the application: the
 * year and months of the first choice, the programme's coordinator, the
 * host's coordinator when the portal knows one, and the student's level in
 * the host's language.
 */
export async function initialAgreementContent(user: CurrentUser, applicationId: string): Promise<LearningAgreementContent> {
  const application = await db.outgoingApplication.findFirst({
    where: { id: applicationId, studentId: user.id },
    select: {
      round: { select: { academicYear: true } },
      programme: { select: { department: { select: { coordinators: { where: { role: "DEPARTMENTAL_COORDINATOR" }, select: { name: true, email: true }, take: 1 } } } } },
      languageSkills: { select: { language: true, level: true } },
      choices: {
        where: { rank: 1 },
        select: {
          startDate: true,
          endDate: true,
          partnerInstitution: { select: { languagesOfInstruction: true, coordinators: { where: { role: "HOST_COORDINATOR" }, select: { name: true, email: true }, take: 1 } } },
        },
      },
    },
  });
  if (!application) throw new AppError("not_found");
  const choice = application.choices[0];
  const sending = application.programme?.department.coordinators[0];
  const receiving = choice?.partnerInstitution.coordinators[0];
  const skill = application.languageSkills.find((l) => choice?.partnerInstitution.languagesOfInstruction.includes(l.language)) ?? application.languageSkills[0];
  return {
    ...EMPTY_CONTENT,
    mobility: {
      ...EMPTY_CONTENT.mobility,
      academicYear: application.round.academicYear,
      plannedStartMonth: choice ? month(choice.startDate) : "",
      plannedEndMonth: choice ? month(choice.endDate) : "",
      sendingContact: sending ?? EMPTY_CONTENT.mobility.sendingContact,
      receivingContact: receiving ?? EMPTY_CONTENT.mobility.receivingContact,
    },
    language: skill ? { code: skill.language, level: skill.level } : EMPTY_CONTENT.language,
  };
}

async function signAsStudent(tx: Tx, user: CurrentUser, versionId: string, hash: string) {
  const student = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { name: true, email: true } });
  await tx.learningAgreementSignature.create({
    data: { versionId, party: "STUDENT", signerName: student.name, signerPosition: "Student", signerEmail: student.email, signerApp: "erasmus-portal", contentHash: hash, userId: user.id },
  });
}

/** The student proposes the draft, which signs it for the student, and the home coordinators are told. */
export async function proposeAgreementVersion(user: CurrentUser, applicationId: string, versionId: string, revision: number): Promise<void> {
  await db.$transaction(async (tx) => {
    await ownApplication(tx, user, applicationId);
    const version = await tx.learningAgreementVersion.findFirst({ where: { id: versionId, agreement: { applicationId } } });
    if (!version) throw new AppError("not_found");
    if (version.state !== "DRAFT") throw new AppError("refused", "not_proposed");
    const updated = await tx.learningAgreementVersion.updateMany({ where: { id: versionId, revision, state: "DRAFT" }, data: { state: "PROPOSED", proposedAt: new Date() } });
    if (updated.count !== 1) throw new AppError("conflict");
    await signAsStudent(tx, user, versionId, version.contentHash);
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.proposed", entityType: "OutgoingApplication", entityId: applicationId, toState: `v${version.number}` });
    for (const coordinator of await sendingCoordinators(tx, applicationId)) {
      await notify(tx, coordinator, "agreementToSign", { name: coordinator.name, student: user.name, number: version.number });
    }
  });
  deliverSoon();
}

/**
 * After arrival, within the round's window, the student proposes changes to
 * the agreed agreement: components deleted or inserted, each with its reason.
 * The agreed version stays agreed whatever becomes of the proposal.
 */
export async function proposeAgreementChanges(user: CurrentUser, applicationId: string, changes: ComponentChange[], now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const application = await ownApplication(tx, user, applicationId);
    if (!changeWindowOpen(application.arrivedAt, application.round.learningAgreementChangeDays, now)) throw new AppError("refused", "change_window_closed");
    const agreement = await tx.learningAgreement.findUnique({ where: { applicationId }, select: { id: true } });
    if (!agreement) throw new AppError("not_found");
    const versions = await tx.learningAgreementVersion.findMany({ where: { agreementId: agreement.id }, orderBy: { number: "desc" } });
    const agreed = versions.find((v) => v.state === "AGREED");
    if (!agreed) throw new AppError("refused", "no_agreed_version");
    if (versions.some((v) => v.state === "PROPOSED")) throw new AppError("refused", "proposal_pending");
    const base = agreed.content as unknown as LearningAgreementContent;
    const known = new Set(Object.values(base.components).flat().map((c) => c.id));
    if (changes.some((c) => c.op === "deleted" && !known.has(c.componentId))) throw new AppError("invalid", undefined, { changes: V.invalid });
    const content = applyChanges(base, changes);
    const hash = versionHash(content, changes);
    const created = await tx.learningAgreementVersion.create({
      data: {
        agreementId: agreement.id,
        number: versions[0]!.number + 1,
        kind: "CHANGE",
        state: "PROPOSED",
        proposedAt: now,
        content: content as unknown as Prisma.InputJsonValue,
        changes: changes as unknown as Prisma.InputJsonValue,
        contentHash: hash,
      },
    });
    await signAsStudent(tx, user, created.id, hash);
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.changes_proposed", entityType: "OutgoingApplication", entityId: applicationId, toState: `v${created.number}` });
    for (const coordinator of await sendingCoordinators(tx, applicationId)) {
      await notify(tx, coordinator, "agreementToSign", { name: coordinator.name, student: user.name, number: created.number });
    }
  });
  deliverSoon();
}

/** An agreement can be deleted only while no version has been signed by all three parties. */
export async function deleteAgreement(user: CurrentUser, applicationId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await ownApplication(tx, user, applicationId);
    const agreement = await tx.learningAgreement.findUnique({ where: { applicationId }, select: { id: true, versions: { where: { state: "AGREED" }, select: { id: true } } } });
    if (!agreement) throw new AppError("not_found");
    if (agreement.versions.length > 0) throw new AppError("refused", "agreement_already_agreed");
    await tx.learningAgreement.delete({ where: { id: agreement.id } });
    await recordAudit(tx, { actorId: user.id, action: "learning_agreement.deleted", entityType: "OutgoingApplication", entityId: applicationId });
  });
}
