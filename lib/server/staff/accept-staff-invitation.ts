import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError } from "@/lib/server/errors";
import { hashPassword } from "@/lib/server/auth/password";
import { weakPasswordReason } from "@/lib/server/auth/password-policy";
import type { StaffRole } from "@/lib/domain/staff";
import { openStaffInvitation } from "./staff-invitation-link";
import { joinFromInvitation } from "./join-from-invitation";
import { passwordAccountsOpen } from "@/lib/server/auth/institution-provider";

/** The invited person chooses a password: the account is created and the link stops working. */
export async function acceptStaffInvitation({ token, password }: { token: string; password: string }): Promise<{ email: string; role: StaffRole }> {
  const weak = weakPasswordReason(password);
  if (weak) throw new AppError("invalid", undefined, { password: weak });
  const passwordHash = await hashPassword(password);
  try {
    return await db.$transaction(async (tx) => {
      const found = await openStaffInvitation(token, tx);
      if (!found.ok) throw new AppError("refused", found.refusal);
      if (!passwordAccountsOpen(found.invitation.role as StaffRole)) throw new AppError("forbidden");
      const user = await joinFromInvitation(tx, found.invitation, { passwordHash });
      return { email: user.email, role: user.role };
    });
  } catch (error) {
    if (uniqueViolation(error)) throw new AppError("invalid", undefined, { password: V.accountExists });
    throw error;
  }
}
