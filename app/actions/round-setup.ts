"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZRound, ZRoundDestinations, ZRoundReference } from "@/lib/validation/round-setup";
import { saveRound } from "@/lib/server/round/save-round";
import { copyRound } from "@/lib/server/round/copy-round";
import { deleteRound } from "@/lib/server/round/delete-round";
import { saveRoundDestinations } from "@/lib/server/round/save-destinations";

// What students see of a round: the eligibility page and their own pages read it.
function revalidateRounds() {
  revalidatePath("/coordinator/rounds", "layout");
  revalidatePath("/eligibility");
  revalidatePath("/student");
}

export const saveRoundAction = defineAction(ZRound, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await saveRound(user, input);
  revalidateRounds();
  return saved;
});

export const copyRoundAction = defineAction(ZRoundReference, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const copied = await copyRound(user, input);
  revalidateRounds();
  return copied;
});

export const deleteRoundAction = defineAction(ZRoundReference, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await deleteRound(user, input);
  revalidateRounds();
  return null;
});

export const saveRoundDestinationsAction = defineAction(ZRoundDestinations, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await saveRoundDestinations(user, input);
  revalidateRounds();
  return saved;
});
