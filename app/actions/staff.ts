"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/server/action";
import { ZAcceptInvitation, ZRevokeStaffInvitation, ZStaffChange, ZStaffInvitation } from "@/lib/validation/staff";
import { inviteStaff } from "@/lib/server/staff/invite-staff";
import { revokeStaffInvitation } from "@/lib/server/staff/revoke-staff-invitation";
import { updateStaff } from "@/lib/server/staff/update-staff";
import { acceptStaffInvitation } from "@/lib/server/staff/accept-staff-invitation";

export const inviteStaffAction = defineAction(ZStaffInvitation, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  await inviteStaff(user, input);
  revalidatePath("/admin/staff");
  return null;
});

export const revokeStaffInvitationAction = defineAction(ZRevokeStaffInvitation, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  await revokeStaffInvitation(user, input);
  revalidatePath("/admin/staff");
  return null;
});

export const updateStaffAction = defineAction(ZStaffChange, { roles: ["ADMINISTRATOR"] }, async (input, user) => {
  const saved = await updateStaff(user, input);
  revalidatePath("/admin/staff");
  return saved;
});

// The single-use link is the authority: the invited person has no account yet.
export const acceptStaffInvitationAction = defineAction(ZAcceptInvitation, { public: true }, async (input) => acceptStaffInvitation(input));
