import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { AppError } from "@/lib/server/errors";
import { verifyPassword } from "@/lib/server/auth/password";
import { deliverSoon } from "@/lib/server/mail/outbox";
import type { TConfirmSignUp } from "@/lib/validation/auth";
import { openSignUpRequest } from "./sign-up-link";
import { createStudentAccount } from "./create-student-account";

/**
 * The student opens the link sent to their address and types the password
 * they chose: the account is created (`createStudentAccount`). Two tabs at once: the request row is locked, the second is told the link
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
      const user = await createStudentAccount(
        tx,
        { email: request.email, name: request.name, studentNumber: request.studentNumber, passwordHash: request.passwordHash, locale: request.locale },
        "e-mail link",
      );
      // The other requests for this address can no longer be used.
      await tx.signUpRequest.deleteMany({ where: { email: request.email, confirmedAt: null } });
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
