"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";
import {
  ZDeleteAgreement,
  ZHostRejection,
  ZHostSignature,
  ZProposeChanges,
  ZProposeVersion,
  ZRejectVersion,
  ZReinviteHost,
  ZRevokeInvitation,
  ZSaveAgreementDraft,
  ZSendingSignature,
  ZSignVersion,
} from "@/lib/validation/learning-agreement";
import { saveAgreementDraft } from "@/lib/server/learning-agreement/save-agreement-draft";
import { proposeAgreementVersion } from "@/lib/server/learning-agreement/propose-agreement-version";
import { proposeAgreementChanges } from "@/lib/server/learning-agreement/propose-agreement-changes";
import { deleteAgreement } from "@/lib/server/learning-agreement/delete-agreement";
import { signAsSendingInstitution } from "@/lib/server/learning-agreement/sign-as-sending";
import { approveAsInternationalOffice } from "@/lib/server/learning-agreement/approve-as-office";
import { rejectAsSendingInstitution } from "@/lib/server/learning-agreement/reject-as-sending";
import { reinviteHost } from "@/lib/server/learning-agreement/reinvite-host";
import { revokeInvitation } from "@/lib/server/learning-agreement/revoke-invitation";
import { signAsReceivingInstitution } from "@/lib/server/learning-agreement/sign-as-receiving";
import { rejectAsReceivingInstitution } from "@/lib/server/learning-agreement/reject-as-receiving";

const studentPath = (id: string) => `/student/applications/${id}/learning-agreement`;

export const saveAgreementDraftAction = defineAction(ZSaveAgreementDraft, { roles: ["STUDENT"] }, async (input, user) => {
  const saved = await saveAgreementDraft(user, input);
  revalidatePath(studentPath(input.applicationId));
  return saved;
});

export const proposeAgreementAction = defineAction(ZProposeVersion, { roles: ["STUDENT"] }, async (input, user) => {
  await proposeAgreementVersion(user, input);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const proposeChangesAction = defineAction(ZProposeChanges, { roles: ["STUDENT"] }, async (input, user) => {
  await proposeAgreementChanges(user, input);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const deleteAgreementAction = defineAction(ZDeleteAgreement, { roles: ["STUDENT"] }, async (input, user) => {
  await deleteAgreement(user, input);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const signAsSendingAction = defineAction(ZSendingSignature, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await signAsSendingInstitution(user, input);
  return null;
});

export const approveAsOfficeAction = defineAction(ZSignVersion, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await approveAsInternationalOffice(user, input);
  return null;
});

export const rejectAsSendingAction = defineAction(ZRejectVersion, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await rejectAsSendingInstitution(user, input);
  return null;
});

export const reinviteHostAction = defineAction(ZReinviteHost, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await reinviteHost(user, input);
  return null;
});

export const revokeInvitationAction = defineAction(ZRevokeInvitation, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await revokeInvitation(user, input);
  return null;
});

// The host coordinator has no account: the single-purpose link is the authority.
export const signAsHostAction = defineAction(ZHostSignature, { public: true }, async (input) => {
  await signAsReceivingInstitution(input);
  return null;
});

export const rejectAsHostAction = defineAction(ZHostRejection, { public: true }, async (input) => {
  await rejectAsReceivingInstitution(input);
  return null;
});
