"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZRoundNationalities } from "@/lib/validation/round";
import { updateRoundNationalities } from "@/lib/server/rounds/update-round-nationalities";

export const saveRoundNationalities = defineAction(ZRoundNationalities, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  await updateRoundNationalities(user, input.roundId, input.nationalities);
  revalidatePath("/admin");
  revalidatePath("/eligibility");
  return null;
});
