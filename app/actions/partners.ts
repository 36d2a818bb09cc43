"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZPartner, ZPartnerImport } from "@/lib/validation/partner";
import { savePartner } from "@/lib/server/partner/save-partner";
import { importPartners } from "@/lib/server/partner/import-partners";

export const savePartnerAction = defineAction(ZPartner, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const saved = await savePartner(user, input);
  revalidatePath("/coordinator/partners");
  return saved;
});

export const importPartnersAction = defineAction(ZPartnerImport, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const result = await importPartners(user, input.csv);
  if (result.summary) revalidatePath("/coordinator/partners");
  return result;
});
