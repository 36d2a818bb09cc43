import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { FIRST_AGREEMENT_STATUSES } from "@/lib/domain/application/status";
import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { versionHash } from "./hash";
import { moveVersion } from "./signing";
import { ownApplication } from "./student-agreement";

/**
 * The student edits the agreement. Editing a proposed version starts a new
 * draft: the proposed one is superseded and keeps its signatures, which
 * never move to the new text. An agreed first version is changed only by a
 * change proposal during the mobility.
 */
export async function saveAgreementDraft(
  user: CurrentUser,
  { applicationId, revision, content }: { applicationId: string; revision: number; content: LearningAgreementContent },
): Promise<{ versionId: string; revision: number }> {
  return db.$transaction(async (tx) => {
    const application = await ownApplication(tx, user, applicationId);
    if (!FIRST_AGREEMENT_STATUSES.includes(application.status)) throw new AppError("refused", "agreement_not_open");
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
      await moveVersion(tx, latest, "supersede");
      await tx.hostSigningInvitation.updateMany({ where: { versionId: latest.id, revokedAt: null, usedAt: null }, data: { revokedAt: new Date() } });
    }
    const created = await tx.learningAgreementVersion.create({
      data: {
        agreementId: agreement.id,
        number: (latest?.number ?? 0) + 1,
        kind: "FIRST",
        content: content as unknown as Prisma.InputJsonValue,
        contentHash: hash,
      },
      select: { id: true, revision: true },
    });
    return { versionId: created.id, revision: created.revision };
  });
}
