import { V } from "./messages";
import { emailAddress, line, recordId } from "./text";
import { z } from "zod";
import { scopeOf, STAFF_ROLES } from "@/lib/domain/staff";
import { ZNewPassword } from "./auth";

const scopeFields = {
  role: z.enum(STAFF_ROLES, { error: V.required }),
  departmentId: line().max(40, V.invalid),
  partnerInstitutionId: line().max(40, V.invalid),
};

/** A departmental coordinator needs a department, a host coordinator a partner; the other roles take neither. */
function requireScope(value: { role: (typeof STAFF_ROLES)[number]; departmentId: string; partnerInstitutionId: string }, ctx: z.RefinementCtx) {
  const kind = scopeOf(value.role);
  if (kind === "department" && !value.departmentId) ctx.addIssue({ code: "custom", message: V.chooseDepartment, path: ["departmentId"] });
  if (kind === "partner" && !value.partnerInstitutionId) ctx.addIssue({ code: "custom", message: V.choosePartner, path: ["partnerInstitutionId"] });
}

/** The administrator invites a person with a role and its scope; the e-mail is written in the language chosen here. */
export const ZStaffInvitation = z
  .object({
    name: line().trim().min(2, V.required).max(120, V.tooLong),
    email: emailAddress(),
    locale: z.enum(["fr", "en"], { error: V.required }),
    ...scopeFields,
  })
  .superRefine(requireScope);
export type TStaffInvitationInput = z.input<typeof ZStaffInvitation>;

/** The administrator changes an account's role, scope or activity, with the version they read. */
export const ZStaffChange = z
  .object({
    userId: recordId(),
    version: z.number().int().positive(),
    active: z.boolean(),
    ...scopeFields,
  })
  .superRefine(requireScope);
export type TStaffChangeInput = z.input<typeof ZStaffChange>;

export const ZRevokeStaffInvitation = z.object({ invitationId: recordId() });

/** The invited person chooses their password through the link. */
export const ZAcceptInvitation = z.object({ token: line().min(20).max(100), password: ZNewPassword });
