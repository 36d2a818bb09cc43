"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZRoundSettings } from "@/lib/validation/round";
import { updateRoundSettings } from "@/lib/server/round/update-round-settings";

export const saveRoundSettings = defineAction(ZRoundSettings, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  await updateRoundSettings(user, input.roundId, input);
  revalidatePath("/admin");
  revalidatePath("/eligibility");
  return null;
});
