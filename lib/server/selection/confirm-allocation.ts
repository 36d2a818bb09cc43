import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { translator } from "@/lib/i18n/translate";
import { loadSelection, lockRound } from "./selection-state";
import { offerPlace } from "./offer-place";

const DAY = 86_400_000;

/**
 * The international office confirms the proposal: each ranked candidate is
 * offered the place the proposal gives them (and becomes selected), or is
 * put on the waiting list of each destination they wanted (with their
 * position), or is not selected; each is e-mailed in their language. Once
 * only: a second confirmation, even at the same moment, is refused.
 */
export async function confirmAllocation(
  user: CurrentUser,
  { roundId }: { roundId: string },
  now = new Date(),
): Promise<{ offered: number; waiting: number; notSelected: number }> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  const outcome = await db.$transaction(
    async (tx) => {
      await lockRound(tx, roundId);
      const { round, applications, ranking, pools, proposal } = await loadSelection(tx, roundId);
      if (round.confirmed || !proposal) throw new AppError("refused", "allocation_confirmed");
      if (ranking.length === 0) throw new AppError("refused", "no_candidates");
      const reasons = new Map(round.moves.map((m) => [m.candidateId, m.reason]));
      const counts = { offered: 0, waiting: 0, notSelected: 0 };
      for (const { id, rank } of ranking) {
        const application = applications.get(id)!;
        await tx.outgoingApplication.update({ where: { id }, data: { selectionRank: rank, version: { increment: 1 } } });
        const version = application.version + 1;
        const assigned = proposal.result.assigned[id] ?? null;
        const waitingFor = Object.entries(proposal.result.waiting).filter(([, ids]) => ids.includes(id));
        const to = assigned ? "SELECTED" : waitingFor.length > 0 ? "WAITING_LIST" : "NOT_SELECTED";
        const t = translator(application.student.locale);
        await transitionApplication(tx, {
          applicationId: id,
          from: application.status,
          to,
          expectedVersion: version,
          actor: "coordinator",
          actorId: user.id,
          student: application.student,
          context: {
            roundOpen: false,
            eligible: true,
            applicationPiecesUploaded: true,
            applicationPiecesAccepted: true,
            reason: to === "NOT_SELECTED" ? t("selection.noPlaceReason") : null,
          },
          ...(to === "NOT_SELECTED" ? {} : { quiet: true as const }),
        });
        if (assigned) {
          const pool = pools.get(assigned)!;
          await offerPlace(tx, {
            roundId,
            applicationId: id,
            partnerInstitutionId: pool.partnerInstitutionId,
            quotaId: pool.quota?.id ?? null,
            answerBy: new Date(now.getTime() + round.offerAnswerDays * DAY),
            manualReason: reasons.get(id) ?? null,
            student: application.student,
          });
          counts.offered++;
        } else if (waitingFor.length > 0) {
          const positions = waitingFor
            .map(([destination, ids]) => t("selection.mailPosition", { destination: pools.get(destination)?.name ?? "", position: ids.indexOf(id) + 1 }))
            .join("\n");
          await notify(tx, application.student, "placeWaiting", { name: application.student.name, positions });
          counts.waiting++;
        } else counts.notSelected++;
      }
      await tx.applicationRound.update({ where: { id: roundId }, data: { allocationConfirmedAt: now } });
      await recordAudit(tx, {
        actorId: user.id,
        action: "allocation.confirmed",
        entityType: "ApplicationRound",
        entityId: roundId,
        toState: `${counts.offered} offered, ${counts.waiting} waiting, ${counts.notSelected} not selected`,
        reason: round.moves.length ? round.moves.map((m) => `${m.candidateId} → ${m.destinationId ?? "none"}: ${m.reason}`).join("; ") : null,
      });
      return counts;
    },
    { timeout: 60_000 },
  );
  deliverSoon();
  return outcome;
}
