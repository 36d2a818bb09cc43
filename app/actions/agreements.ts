"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZAgreement } from "@/lib/validation/agreement";
import { saveAgreement } from "@/lib/server/agreement/save-agreement";

export const saveAgreementAction = defineAction(ZAgreement, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await saveAgreement(user, input);
  revalidatePath(`/coordinator/partners/${input.partnerInstitutionId}`);
  return saved;
});
