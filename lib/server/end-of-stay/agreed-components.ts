import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import type { Component, LearningAgreementContent } from "@/lib/domain/learning-agreement/content";

/** Tables A and B of the agreement as last agreed by all three parties: what the transcript and the recognition answer. */
export async function agreedComponents(
  applicationId: string,
  tx: Prisma.TransactionClient = db,
): Promise<{ studied: Component[]; recognized: Component[]; versionNumber: number } | null> {
  const version = await tx.learningAgreementVersion.findFirst({
    where: { agreement: { applicationId }, state: "AGREED" },
    orderBy: { number: "desc" },
    select: { number: true, content: true },
  });
  if (!version) return null;
  const content = version.content as LearningAgreementContent;
  return { studied: content.components.studied, recognized: content.components.recognized, versionNumber: version.number };
}
