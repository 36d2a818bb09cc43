import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { readLearningAgreement, type ReadLearningAgreement } from "./documents/read-learning-agreement";

/** Who answers the learning agreements partners send through EWP: the international office. */
export function requireInternationalOffice(user: CurrentUser): void {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
}

export type IncomingLearningAgreementView = {
  id: string;
  version: number;
  sendingHeiId: string;
  studentName: string | null;
  agreement: ReadLearningAgreement | null;
  answer: "APPROVED" | "COMMENTED" | null;
  answerComment: string | null;
  answeredAt: Date | null;
  /** Whether the open proposal is still the one answered: then nothing waits for this institution. */
  awaitingAnswer: boolean;
  fetchedAt: Date | null;
  lastError: string | null;
};

/** The learning agreements partners sent this institution through EWP, newest first, as last read from their nodes. */
export async function listIncomingLearningAgreements(user: CurrentUser): Promise<IncomingLearningAgreementView[]> {
  requireInternationalOffice(user);
  const rows = await db.incomingLearningAgreement.findMany({ orderBy: { createdAt: "desc" }, take: 200 });
  return rows.map((row) => {
    const agreement = row.document ? readLearningAgreement(row.document) : null;
    return {
      id: row.id,
      version: row.version,
      sendingHeiId: row.sendingHeiId,
      studentName: row.studentName,
      agreement,
      answer: row.answer,
      answerComment: row.answerComment,
      answeredAt: row.answeredAt,
      awaitingAnswer: Boolean(agreement?.proposal),
      fetchedAt: row.fetchedAt,
      lastError: row.lastError,
    };
  });
}
