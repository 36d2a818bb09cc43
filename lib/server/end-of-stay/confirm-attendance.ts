import "server-only";
import { db } from "@/lib/server/db/client";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";
import { parseIsoDate } from "@/lib/domain/calendar";
import type { TAttendance } from "@/lib/validation/end-of-stay";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { EndOfStaySource } from "@/lib/server/db/generated/enums";
import { hostSigner, lockArrivedApplication, type HostAuthority } from "./host-authority";

type Confirmation = { applicationId: string; firstDay: string; lastDay: string; name: string; email: string; source: EndOfStaySource; actorId: string | null };

/** Adds a version of the stay's actual days: the first, or a correction that keeps the earlier ones. */
export async function addAttendanceVersion(tx: Prisma.TransactionClient, c: Confirmation): Promise<number> {
  const application = await lockArrivedApplication(tx, c.applicationId);
  const last = await tx.attendanceConfirmation.findFirst({ where: { applicationId: c.applicationId }, orderBy: { number: "desc" }, select: { number: true } });
  const number = (last?.number ?? 0) + 1;
  await tx.attendanceConfirmation.create({
    data: {
      applicationId: c.applicationId,
      number,
      firstDay: parseIsoDate(c.firstDay)!,
      lastDay: parseIsoDate(c.lastDay)!,
      source: c.source,
      confirmedByName: c.name,
      confirmedBy: c.email,
    },
  });
  await recordAudit(tx, {
    actorId: c.actorId,
    action: "end_of_stay.attendance_confirmed",
    entityType: "OutgoingApplication",
    entityId: c.applicationId,
    toState: `v${number} ${c.firstDay} → ${c.lastDay}`,
    reason: `${c.name} <${c.email}>`,
  });
  // A host's confirmation replaces the scanned certificate in the dossier's checklist.
  await dossierSnapshot(tx, c.applicationId);
  await notify(tx, application.student, "attendanceConfirmed", { name: application.student.name, first: c.firstDay, last: c.lastDay, number });
  return number;
}

/** The host confirms the stay's actual first and last days, through its link or its account. */
export async function confirmAttendance(authority: HostAuthority, input: TAttendance): Promise<number> {
  const number = await db.$transaction(async (tx) => {
    const signer = await hostSigner(tx, authority, "ATTENDANCE", input.applicationId);
    return addAttendanceVersion(tx, {
      applicationId: input.applicationId,
      firstDay: input.firstDay,
      lastDay: input.lastDay,
      name: input.signerName,
      email: signer.email,
      source: signer.source,
      actorId: authority.token ? null : (authority.user?.id ?? null),
    });
  });
  deliverSoon();
  return number;
}
