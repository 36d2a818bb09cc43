import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { COMMISSION_STATUSES } from "@/lib/server/application/access";
import { grantSettingsOf } from "./settings";
import { loadRound, refuseIfPublished, requireCommission } from "./commission-ranking";

/** The commission enters a candidate's grade average, corrects the linguistic criterion, or marks fewer opportunities; before publication only. */
export async function setCandidateCriteria(
  user: CurrentUser,
  input: { applicationId: string; gradeAverage: number | null; linguisticOverride: boolean | null; fewerOpportunities: boolean },
): Promise<void> {
  requireCommission(user);
  await db.$transaction(async (tx) => {
    const application = await tx.outgoingApplication.findFirst({
      where: { id: input.applicationId, status: { in: COMMISSION_STATUSES } },
      select: { id: true, roundId: true },
    });
    if (!application) throw new AppError("not_found");
    refuseIfPublished(grantSettingsOf(await loadRound(tx, application.roundId)));
    await tx.outgoingApplication.update({
      where: { id: application.id },
      data: { gradeAverage: input.gradeAverage, linguisticOverride: input.linguisticOverride, fewerOpportunities: input.fewerOpportunities },
    });
  });
}
