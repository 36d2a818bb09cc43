"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZCandidateCriteria, ZForceMajeureAcceptance, ZGradeImport, ZGrantSettings, ZPublishGrants, ZWithdrawal } from "@/lib/validation/grants";
import { updateGrantSettings } from "@/lib/server/grant/update-grant-settings";
import { importGradeAverages } from "@/lib/server/grant/import-grade-averages";
import { setCandidateCriteria } from "@/lib/server/grant/set-candidate-criteria";
import { publishGrants } from "@/lib/server/grant/publish-grants";
import { declareWithdrawal } from "@/lib/server/grant/declare-withdrawal";
import { recordForceMajeureAcceptance } from "@/lib/server/grant/record-force-majeure-acceptance";
import { publishAmendment } from "@/lib/server/grant/publish-amendment";

export const saveGrantSettingsAction = defineAction(ZGrantSettings, { roles: ["GRANT_COMMISSION"] }, async (input, user) => {
  await updateGrantSettings(user, input);
  revalidatePath("/coordinator/commission");
  return null;
});

export const importGradesAction = defineAction(ZGradeImport, { roles: ["GRANT_COMMISSION"] }, async (input, user) => {
  const result = await importGradeAverages(user, input);
  revalidatePath("/coordinator/commission");
  return result;
});

export const setCriteriaAction = defineAction(ZCandidateCriteria, { roles: ["GRANT_COMMISSION"] }, async (input, user) => {
  await setCandidateCriteria(user, {
    applicationId: input.applicationId,
    gradeAverage: input.gradeAverage,
    linguisticOverride: input.linguisticOverride === "auto" ? null : input.linguisticOverride === "yes",
    fewerOpportunities: input.fewerOpportunities,
  });
  revalidatePath("/coordinator/commission");
  return null;
});

export const publishAmendmentAction = defineAction(ZPublishGrants, { roles: ["GRANT_COMMISSION"] }, async (input, user) => {
  const outcome = await publishAmendment(user, input);
  revalidatePath("/coordinator/commission");
  return outcome;
});

export const publishGrantsAction = defineAction(ZPublishGrants, { roles: ["GRANT_COMMISSION"] }, async (input, user) => {
  await publishGrants(user, input);
  revalidatePath("/coordinator/commission");
  return null;
});

export const withdrawAction = defineAction(ZWithdrawal, { roles: ["STUDENT", "DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await declareWithdrawal(user, input);
  revalidatePath(`/student/applications/${input.applicationId}`);
  revalidatePath(`/coordinator/applications/${input.applicationId}`);
  return null;
});

export const acceptForceMajeureAction = defineAction(ZForceMajeureAcceptance, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await recordForceMajeureAcceptance(user, input);
  revalidatePath(`/coordinator/applications/${input.applicationId}`);
  return null;
});
