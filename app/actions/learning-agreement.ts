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
  ZSignVersion,
} from "@/lib/validation/learning-agreement";
import { deleteAgreement, proposeAgreementChanges, proposeAgreementVersion, saveAgreementDraft } from "@/lib/server/learning-agreement/edit-agreement";
import {
  approveAsInternationalOffice,
  rejectAsReceivingInstitution,
  rejectAsSendingInstitution,
  reinviteHost,
  revokeInvitation,
  signAsReceivingInstitution,
  signAsSendingInstitution,
} from "@/lib/server/learning-agreement/sign-agreement";

const studentPath = (id: string) => `/student/applications/${id}/learning-agreement`;

export const saveAgreementDraftAction = defineAction(ZSaveAgreementDraft, { roles: ["STUDENT"] }, async (input, user) => {
  const saved = await saveAgreementDraft(user, input.applicationId, input.revision, input.content);
  revalidatePath(studentPath(input.applicationId));
  return saved;
});

export const proposeAgreementAction = defineAction(ZProposeVersion, { roles: ["STUDENT"] }, async (input, user) => {
  await proposeAgreementVersion(user, input.applicationId, input.versionId, input.revision);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const proposeChangesAction = defineAction(ZProposeChanges, { roles: ["STUDENT"] }, async (input, user) => {
  await proposeAgreementChanges(user, input.applicationId, input.changes);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const deleteAgreementAction = defineAction(ZDeleteAgreement, { roles: ["STUDENT"] }, async (input, user) => {
  await deleteAgreement(user, input.applicationId);
  revalidatePath(studentPath(input.applicationId));
  return null;
});

export const signAsSendingAction = defineAction(ZSignVersion, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await signAsSendingInstitution(user, input.versionId, input.seenHash);
  return null;
});

export const approveAsOfficeAction = defineAction(ZSignVersion, { roles: ["INTERNATIONAL_OFFICE"] }, async (input, user) => {
  await approveAsInternationalOffice(user, input.versionId, input.seenHash);
  return null;
});

export const rejectAsSendingAction = defineAction(ZRejectVersion, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await rejectAsSendingInstitution(user, input.versionId, input.seenHash, input.comment);
  return null;
});

export const reinviteHostAction = defineAction(ZReinviteHost, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await reinviteHost(user, input.versionId);
  return null;
});

export const revokeInvitationAction = defineAction(ZRevokeInvitation, { roles: COORDINATOR_ROLES }, async (input, user) => {
  await revokeInvitation(user, input.invitationId);
  return null;
});

// The host coordinator has no account: the single-purpose link is the authority.
export const signAsHostAction = defineAction(ZHostSignature, { public: true }, async (input) => {
  await signAsReceivingInstitution(input.token, input.seenHash, input.signerName, input.signerPosition);
  return null;
});

export const rejectAsHostAction = defineAction(ZHostRejection, { public: true }, async (input) => {
  await rejectAsReceivingInstitution(input.token, input.seenHash, input.signerName, input.comment);
  return null;
});
