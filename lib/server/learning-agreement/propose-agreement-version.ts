import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { versionMove } from "@/lib/domain/learning-agreement/versions";
import { ownApplication, submitForSignatures } from "./student-agreement";

/** The student proposes the draft, which signs it for the student, and the home coordinators are told. */
export async function proposeAgreementVersion(
  user: CurrentUser,
  { applicationId, versionId, revision }: { applicationId: string; versionId: string; revision: number },
): Promise<void> {
  await db.$transaction(async (tx) => {
    await ownApplication(tx, user, applicationId);
    const version = await tx.learningAgreementVersion.findFirst({ where: { id: versionId, agreement: { applicationId } } });
    if (!version) throw new AppError("not_found");
    const move = versionMove(version.state, "propose");
    if (!move.ok) throw new AppError("refused", move.reason);
    // The revision guards against a save from another tab since the student last saw the draft.
    const updated = await tx.learningAgreementVersion.updateMany({
      where: { id: versionId, revision, state: version.state },
      data: { state: move.to, proposedAt: new Date() },
    });
    if (updated.count !== 1) throw new AppError("conflict");
    await submitForSignatures(tx, user, {
      applicationId,
      versionId: versionId,
      number: version.number,
      contentHash: version.contentHash,
      action: "learning_agreement.proposed",
    });
  });
  deliverSoon();
}
