import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { forgetEligibilityContexts } from "./eligible-nationalities";

/** Administrators set a round's extra eligible nationalities and the office-approval rule for learning agreements; each change is audited. */
export async function updateRoundSettings(
  user: CurrentUser,
  roundId: string,
  settings: { nationalities: string[]; learningAgreementNeedsOfficeApproval: boolean },
): Promise<void> {
  if (user.role !== "ADMINISTRATOR") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    const round = await tx.applicationRound.findUnique({
      where: { id: roundId },
      select: { additionalEligibleNationalities: true, learningAgreementNeedsOfficeApproval: true },
    });
    if (!round) throw new AppError("not_found");
    const nationalities = [...new Set(settings.nationalities)].sort();
    await tx.applicationRound.update({
      where: { id: roundId },
      data: { additionalEligibleNationalities: nationalities, learningAgreementNeedsOfficeApproval: settings.learningAgreementNeedsOfficeApproval },
    });
    const audit = { actorId: user.id, entityType: "ApplicationRound", entityId: roundId };
    if (nationalities.join(",") !== round.additionalEligibleNationalities.join(",")) {
      await recordAudit(tx, {
        ...audit,
        action: "round.eligible_nationalities_changed",
        fromState: round.additionalEligibleNationalities.join(",") || null,
        toState: nationalities.join(",") || null,
      });
    }
    if (settings.learningAgreementNeedsOfficeApproval !== round.learningAgreementNeedsOfficeApproval) {
      await recordAudit(tx, {
        ...audit,
        action: "round.office_approval_changed",
        fromState: String(round.learningAgreementNeedsOfficeApproval),
        toState: String(settings.learningAgreementNeedsOfficeApproval),
      });
    }
  });
  forgetEligibilityContexts();
}
