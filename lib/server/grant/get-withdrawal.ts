import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import type { WithdrawalView } from "./withdrawal";

export async function getWithdrawal(user: CurrentUser, applicationId: string): Promise<WithdrawalView | null> {
  const row = await db.withdrawal.findFirst({ where: { applicationId, application: homeDossierApplications(user) } });
  if (!row) return null;
  return {
    reason: row.reason,
    returnDate: row.returnDate,
    forceMajeureReported: row.forceMajeureReported,
    evidenceFileId: row.evidenceFileId,
    agencyAcceptedAt: row.agencyAcceptedAt,
    amountReceived: row.amountReceived.toNumber(),
    amountOwed: row.amountOwed.toNumber(),
    createdAt: row.createdAt,
  };
}
