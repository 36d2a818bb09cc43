"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZAskHost, ZAttendance, ZAttendanceFromScan, ZGradingTableForm, ZLongerStayAmendment, ZRecognition, ZTranscript } from "@/lib/validation/end-of-stay";
import { askHost } from "@/lib/server/end-of-stay/ask-host";
import { confirmAttendance } from "@/lib/server/end-of-stay/confirm-attendance";
import { enterTranscript, transcribeTranscript } from "@/lib/server/end-of-stay/enter-transcript";
import { recordAttendanceFromScan } from "@/lib/server/end-of-stay/record-attendance-from-scan";
import { recordLongerStayAmendment } from "@/lib/server/end-of-stay/record-longer-stay-amendment";
import { recordRecognition } from "@/lib/server/end-of-stay/record-recognition";
import { saveGradingTable } from "@/lib/server/end-of-stay/save-grading-table";

const HOME_COORDINATORS = ["DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE"] as const;
const dossierPath = (id: string) => `/coordinator/applications/${id}`;

export const askHostAction = defineAction(ZAskHost, { roles: HOME_COORDINATORS }, async (input, user) => {
  await askHost(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return null;
});

// The host answers through its single-use link (the token is the authority) or signed in as the partner's host coordinator.
export const confirmAttendanceAction = defineAction(ZAttendance, { public: true }, async (input, user) => {
  return confirmAttendance({ token: input.token, user }, input);
});

export const enterTranscriptAction = defineAction(ZTranscript, { public: true }, async (input, user) => {
  return enterTranscript({ token: input.token, user }, input);
});

export const transcribeTranscriptAction = defineAction(ZTranscript, { roles: HOME_COORDINATORS }, async (input, user) => {
  const number = await transcribeTranscript(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return number;
});

export const recordAttendanceFromScanAction = defineAction(ZAttendanceFromScan, { roles: HOME_COORDINATORS }, async (input, user) => {
  await recordAttendanceFromScan(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return null;
});

export const recordLongerStayAmendmentAction = defineAction(ZLongerStayAmendment, { roles: HOME_COORDINATORS }, async (input, user) => {
  await recordLongerStayAmendment(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return null;
});

export const recordRecognitionAction = defineAction(ZRecognition, { roles: HOME_COORDINATORS }, async (input, user) => {
  await recordRecognition(user, input);
  revalidatePath(dossierPath(input.applicationId));
  return null;
});

export const saveGradingTableAction = defineAction(ZGradingTableForm, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await saveGradingTable(user, input);
  revalidatePath("/coordinator/grading-tables");
  return null;
});
