import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { asDecisionReason } from "@/lib/domain/grant/ranking";
import { SETTLEMENT_SELECT, settlementOf } from "@/lib/server/end-of-stay/settlement";
import { GrantDecisionView } from "./student-grant";

/** A published decision, for whoever may read the application (the student sees only their own), with its settlement when awarded. */
export async function getGrantDecision(user: CurrentUser, applicationId: string): Promise<GrantDecisionView | null> {
  const decision = await db.grantDecision.findFirst({
    where: { applicationId, application: homeDossierApplications(user) },
    include: { application: { select: SETTLEMENT_SELECT } },
  });
  if (!decision) return null;
  const amount = decision.amount.toNumber();
  return {
    awarded: decision.awarded,
    amount,
    rank: decision.rank,
    reason: asDecisionReason(decision.reason),
    lines: decision.amountLines as GrantLine[],
    publishedAt: decision.publishedAt,
    settlement: decision.awarded ? settlementOf(decision.application, amount) : null,
  };
}
