import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { verifyPassword } from "@/lib/server/auth/password";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { TConfirmSignUp } from "@/lib/validation/auth";
import { openSignUpRequest } from "./sign-up-link";

/**
 * The student opens the link sent to their address and types the password
 * they chose: the account is created. A student number that another account
 * already holds is not given to the new one, nor revealed to it: the
 * international office is told and settles which account it belongs to.
 * Two tabs at once: the request row is locked, the second is told the link
 * was used.
 */
export async function confirmSignUp({ token, password }: TConfirmSignUp): Promise<{ email: string }> {
  const found = await openSignUpRequest(token);
  if (!found.ok) throw new AppError("refused", found.refusal);
  if (!(await verifyPassword(password, found.request.passwordHash))) {
    throw new AppError("invalid", undefined, { password: V.passwordNotTheOneChosen });
  }
  try {
    const email = await db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "SignUpRequest" WHERE id = ${found.request.id} FOR UPDATE`;
      const claimed = await tx.signUpRequest.updateMany({ where: { id: found.request.id, confirmedAt: null }, data: { confirmedAt: new Date() } });
      if (claimed.count !== 1) throw new AppError("refused", "invitation_used");
      const { request } = found;
      const numberHeld = await tx.user.findUnique({ where: { studentNumber: request.studentNumber }, select: { id: true } });
      const user = await tx.user.create({
        data: {
          email: request.email,
          name: request.name,
          studentNumber: numberHeld ? null : request.studentNumber,
          passwordHash: request.passwordHash,
          role: "STUDENT",
          locale: request.locale,
        },
        select: { id: true, email: true },
      });
      // The other requests for this address can no longer be used.
      await tx.signUpRequest.deleteMany({ where: { email: request.email, confirmedAt: null } });
      await recordAudit(tx, { actorId: user.id, action: "student.signed_up", entityType: "User", entityId: user.id, toState: "STUDENT" });
      if (numberHeld) {
        const office = await tx.user.findMany({ where: { role: "INTERNATIONAL_OFFICE", deactivatedAt: null }, select: { email: true, locale: true } });
        for (const recipient of office) {
          await notify(tx, recipient, "studentNumberClaimed", { name: request.name, email: request.email, studentNumber: request.studentNumber });
        }
      }
      return user.email;
    });
    deliverSoon();
    return { email };
  } catch (error) {
    // The address became an account meanwhile (another link, an invitation).
    if (uniqueViolation(error)) throw new AppError("invalid", undefined, { password: V.accountExists });
    throw error;
  }
}
