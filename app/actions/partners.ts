"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZPartner } from "@/lib/validation/partner";
import { savePartner } from "@/lib/server/partner/save-partner";

export const savePartnerAction = defineAction(ZPartner, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await savePartner(user, input);
  revalidatePath("/coordinator/partners");
  return saved;
});
