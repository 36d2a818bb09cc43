import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { homeDossierApplications } from "@/lib/server/application/access";
import type { GrantLine } from "@/lib/domain/grant/rate-table";
import { asDecisionReason } from "@/lib/domain/grant/ranking";
import { GrantDecisionView } from "./student-grant";

/** A published decision, for whoever may read the application (the student sees only their own). */
export async function getGrantDecision(user: CurrentUser, applicationId: string): Promise<GrantDecisionView | null> {
  const decision = await db.grantDecision.findFirst({ where: { applicationId, application: homeDossierApplications(user) } });
  if (!decision) return null;
  return {
    awarded: decision.awarded,
    amount: decision.amount.toNumber(),
    rank: decision.rank,
    reason: asDecisionReason(decision.reason),
    lines: decision.amountLines as GrantLine[],
    publishedAt: decision.publishedAt,
  };
}
