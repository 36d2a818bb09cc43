"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZHomeInstitution } from "@/lib/validation/institution";
import { updateHomeInstitution } from "@/lib/server/institution/update-home-institution";
import { LOCALES } from "@/lib/i18n/locales";

export const saveHomeInstitutionAction = defineAction(ZHomeInstitution, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  const saved = await updateHomeInstitution(user, input);
  // The name signs every page, the statically cached ones included.
  revalidatePath("/", "layout");
  for (const locale of LOCALES) revalidatePath(`/${locale}/incoming`);
  return saved;
});
