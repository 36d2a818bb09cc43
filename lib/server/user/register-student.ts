import "server-only";
import { V } from "@/lib/validation/messages";
import { db } from "@/lib/server/db/client";
import { uniqueViolation } from "@/lib/server/db/unique-violation";
import { hashPassword } from "@/lib/server/auth/password";
import { weakPasswordReason } from "@/lib/server/auth/password-policy";
import { AppError } from "@/lib/server/errors";
import { enqueueEmail, deliverSoon } from "@/lib/server/mail/outbox";
import { env } from "@/lib/server/env";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import type { TSignUp } from "@/lib/validation/auth";

/** Creates a student account and queues the welcome e-mail in the same transaction. */
export async function registerStudent(input: TSignUp, locale: Locale): Promise<{ id: string }> {
  const t = translator(locale);
  const weak = weakPasswordReason(input.password);
  if (weak) throw new AppError("invalid", undefined, { password: weak });
  const passwordHash = await hashPassword(input.password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({
        data: {
          email: input.email,
          name: input.name,
          studentNumber: input.studentNumber,
          passwordHash,
          role: "STUDENT",
          locale,
        },
        select: { id: true },
      });
      await enqueueEmail(tx, {
        to: input.email,
        subject: t("auth.welcomeSubject"),
        text: t("auth.welcomeBody", { name: input.name, url: env().NEXTAUTH_URL ?? "" }),
      });
      return created;
    });
    deliverSoon();
    return user;
  } catch (error) {
    const target = uniqueViolation(error);
    if (target) {
      throw new AppError("invalid", undefined, target.includes("studentNumber") ? { studentNumber: V.studentNumberTaken } : { email: V.emailTaken });
    }
    throw error;
  }
}
