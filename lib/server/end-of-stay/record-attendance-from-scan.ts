import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { addAttendanceVersion } from "./confirm-attendance";
import { assertHomeCoordinator } from "./staff-application";

/** The fallback: the home coordinator records the days of the student's scanned certificate, once they accepted the scan. */
export async function recordAttendanceFromScan(user: CurrentUser, input: { applicationId: string; firstDay: string; lastDay: string }): Promise<number> {
  const number = await db.$transaction(async (tx) => {
    await assertHomeCoordinator(tx, user, input.applicationId);
    const scan = await tx.dossierPiece.findUnique({
      where: { applicationId_kind: { applicationId: input.applicationId, kind: "ATTENDANCE_CERTIFICATE" } },
      select: { status: true },
    });
    if (scan?.status !== "ACCEPTED") throw new AppError("refused", "scan_not_accepted");
    return addAttendanceVersion(tx, { ...input, name: user.name, email: user.email, source: "STUDENT_SCAN", actorId: user.id });
  });
  deliverSoon();
  return number;
}
