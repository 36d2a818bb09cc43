import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import type { Locale } from "@/lib/i18n/locales";

type NewStudent = {
  email: string;
  name: string;
  studentNumber: string | null;
  passwordHash: string;
  locale: Locale;
  institutionSubject?: string;
  europeanStudentIdentifier?: string | null;
};

/**
 * Opens a student account, from a confirmed sign-up or a first sign-in
 * through the institution. A student number that another account already
 * holds is not given to the new one, nor revealed to it: the international
 * office is told and settles which account it belongs to.
 */
export async function createStudentAccount(
  tx: Prisma.TransactionClient,
  student: NewStudent,
  how: "e-mail link" | "institution",
): Promise<{ id: string; email: string }> {
  const numberHeld = student.studentNumber ? await tx.user.findUnique({ where: { studentNumber: student.studentNumber }, select: { id: true } }) : null;
  const user = await tx.user.create({
    data: { ...student, studentNumber: numberHeld ? null : student.studentNumber, role: "STUDENT" },
    select: { id: true, email: true },
  });
  await recordAudit(tx, { actorId: user.id, action: "student.signed_up", entityType: "User", entityId: user.id, toState: "STUDENT", reason: how });
  if (numberHeld) {
    const office = await tx.user.findMany({ where: { role: "INTERNATIONAL_OFFICE", deactivatedAt: null }, select: { email: true, locale: true } });
    for (const recipient of office) {
      await notify(tx, recipient, "studentNumberClaimed", { name: student.name, email: student.email, studentNumber: student.studentNumber ?? "" });
    }
  }
  return user;
}
