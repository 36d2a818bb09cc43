import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { applyChanges, type ComponentChange, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { changeWindowOpen } from "@/lib/domain/learning-agreement/signatures";
import { versionHash } from "./hash";
import { ownApplication, submitForSignatures } from "./student-agreement";

/**
 * After arrival, within the round's window, the student proposes changes to
 * the agreed agreement: components deleted or inserted, each with its reason.
 * The agreed version stays agreed whatever becomes of the proposal.
 */
export async function proposeAgreementChanges(
  user: CurrentUser,
  { applicationId, changes }: { applicationId: string; changes: ComponentChange[] },
  now = new Date(),
): Promise<void> {
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
    const known = new Set(
      Object.values(base.components)
        .flat()
        .map((c) => c.id),
    );
    if (changes.some((c) => c.op === "deleted" && !known.has(c.componentId))) throw new AppError("invalid", undefined, { changes: V.invalid });
    const content = applyChanges(base, changes);
    const hash = versionHash(content, changes);
    const created = await tx.learningAgreementVersion.create({
      data: {
        agreementId: agreement.id,
        number: versions[0]!.number + 1,
        kind: "CHANGE",
        // A change proposal is born proposed: it is signed by the student as it is written.
        state: "PROPOSED",
        proposedAt: now,
        content: content as unknown as Prisma.InputJsonValue,
        changes: changes as unknown as Prisma.InputJsonValue,
        contentHash: hash,
      },
    });
    await submitForSignatures(tx, user, {
      applicationId,
      versionId: created.id,
      number: created.number,
      contentHash: hash,
      action: "learning_agreement.changes_proposed",
    });
  });
  deliverSoon();
}
