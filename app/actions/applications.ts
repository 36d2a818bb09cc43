"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZBankDetails, ZSaveDraft, ZStartApplication, ZSubmitApplication } from "@/lib/validation/application";
import { startApplication } from "@/lib/server/application/start-application";
import { saveApplicationDraft } from "@/lib/server/application/save-draft";
import { submitApplication } from "@/lib/server/application/submit-application";
import { saveBankDetails } from "@/lib/server/dossier/save-bank-details";

export const startApplicationAction = defineAction(ZStartApplication, { roles: ["STUDENT"] }, async (input, user) => {
  return startApplication(user, input.roundId);
});

export const saveDraftAction = defineAction(ZSaveDraft, { roles: ["STUDENT"] }, async (input, user) => {
  return saveApplicationDraft(user, input);
});

export const submitApplicationAction = defineAction(ZSubmitApplication, { roles: ["STUDENT"] }, async (input, user) => {
  const version = await submitApplication(user, input.applicationId, input.version);
  revalidatePath(`/student/applications/${input.applicationId}`);
  return { version };
});

export const saveBankDetailsAction = defineAction(ZBankDetails, { roles: ["STUDENT"] }, async (input, user) => {
  await saveBankDetails(user, input);
  revalidatePath(`/student/applications/${input.applicationId}/dossier`);
  return null;
});
