"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZIncomingDecision } from "@/lib/validation/incoming";
import { ZSaveFactSheet } from "@/lib/validation/factsheet";
import { decideIncomingApplication } from "@/lib/server/incoming/decide-incoming-application";
import { saveFactSheet } from "@/lib/server/incoming/save-factsheet";
import { LOCALES } from "@/lib/i18n/locales";

export const decideIncomingAction = defineAction(ZIncomingDecision, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await decideIncomingApplication(user, input);
  revalidatePath(`/coordinator/incoming/${input.applicationId}`);
  return null;
});

export const saveFactSheetAction = defineAction(ZSaveFactSheet, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  const version = await saveFactSheet(user, input.id, input.version, input.content);
  for (const locale of LOCALES) revalidatePath(`/${locale}/incoming`);
  revalidatePath("/incoming/apply");
  return { version };
});
