import "server-only";
import type { z } from "zod";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import type { ZProposalMove } from "@/lib/validation/selection";
import { applyManualMoves, type ManualMove } from "@/lib/domain/allocation/manual-moves";
import { loadSelection, lockRound } from "./selection-state";

/** The international office gives a candidate another destination (or none) in the proposal, with the reason; a full destination is refused. */
export async function moveInProposal(user: CurrentUser, input: z.output<typeof ZProposalMove>): Promise<void> {
  if (user.role !== "INTERNATIONAL_OFFICE") throw new AppError("forbidden");
  await db.$transaction(async (tx) => {
    await lockRound(tx, input.roundId);
    const { round, applications, input: allocationInput, proposal } = await loadSelection(tx, input.roundId);
    if (round.confirmed || !proposal) throw new AppError("refused", "allocation_confirmed");
    if (!applications.has(input.applicationId)) throw new AppError("not_found");
    if (input.destinationId && !allocationInput.destinations.some((d) => d.id === input.destinationId)) throw new AppError("not_found");
    // Only a destination the student asked for (and the share of it their programme falls in): the mobility and its learning agreement are with one of their choices.
    const chosen = allocationInput.candidates.find((c) => c.id === input.applicationId)!.choices;
    if (input.destinationId && !chosen.includes(input.destinationId)) throw new AppError("refused", "destination_not_chosen");
    const move: ManualMove = { candidateId: input.applicationId, destinationId: input.destinationId || null, reason: input.reason };
    if (applyManualMoves(allocationInput, proposal.result, [move]).refused.length) throw new AppError("refused", "destination_full");
    await tx.applicationRound.update({ where: { id: input.roundId }, data: { allocationMoves: [...round.moves, move] } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "allocation.proposal_moved",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: move.destinationId ?? "none",
      reason: input.reason,
    });
  });
}
