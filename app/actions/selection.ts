"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZCandidateMarks, ZPlaceAnswer, ZProposalMove, ZRankAdjustment, ZSelectionRound, ZSelectionSettings } from "@/lib/validation/selection";
import { saveSelectionSettings } from "@/lib/server/selection/save-selection-settings";
import { markCandidate } from "@/lib/server/selection/mark-candidate";
import { adjustRank } from "@/lib/server/selection/adjust-rank";
import { moveInProposal } from "@/lib/server/selection/move-in-proposal";
import { confirmAllocation } from "@/lib/server/selection/confirm-allocation";
import { answerPlace } from "@/lib/server/selection/answer-place";
import { nominateToPartners } from "@/lib/server/selection/nominate-to-partners";
import { openComplementaryRound } from "@/lib/server/selection/open-complementary-round";

const page = (roundId: string) => revalidatePath(`/coordinator/rounds/${roundId}/selection`);

export const saveSelectionSettingsAction = defineAction(ZSelectionSettings, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await saveSelectionSettings(user, input);
  page(input.roundId);
  return saved;
});

export const markCandidateAction = defineAction(ZCandidateMarks, { roles: ["INTERNATIONAL_OFFICE", "DEPARTMENTAL_COORDINATOR"] }, async (input, user) => {
  await markCandidate(user, input);
  return null;
});

export const adjustRankAction = defineAction(ZRankAdjustment, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await adjustRank(user, input);
  page(input.roundId);
  return null;
});

export const moveInProposalAction = defineAction(ZProposalMove, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await moveInProposal(user, input);
  page(input.roundId);
  return null;
});

export const confirmAllocationAction = defineAction(ZSelectionRound, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const outcome = await confirmAllocation(user, input);
  page(input.roundId);
  return outcome;
});

export const nominateAction = defineAction(ZSelectionRound, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const outcome = await nominateToPartners(user, input);
  page(input.roundId);
  return outcome;
});

export const openComplementaryRoundAction = defineAction(ZSelectionRound, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const created = await openComplementaryRound(user, input);
  revalidatePath("/coordinator/rounds");
  return created;
});

export const answerPlaceAction = defineAction(ZPlaceAnswer, { roles: ["STUDENT"] }, async (input, user) => {
  await answerPlace(user, input);
  revalidatePath(`/student/applications/${input.applicationId}`);
  return null;
});
