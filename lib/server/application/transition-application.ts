import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { checkTransition, type Actor, type ApplicationStatus, type TransitionContext } from "@/lib/domain/application/status";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { translator } from "@/lib/i18n/translate";

type TransitionRequest = {
  applicationId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** The version the caller saw; a different one means someone acted meanwhile. */
  expectedVersion: number;
  actor: Actor;
  actorId: string | null;
  context: TransitionContext;
  student: { email: string; locale: "fr" | "en"; name: string };
  /** The caller writes the student a fuller e-mail of its own (an offered place, say). */
  quiet?: true;
};

/**
 * The only way an application's status changes: checks the move against the
 * state machine, writes it if nobody changed the application meanwhile,
 * appends the audit event and queues the student's e-mail, all in `tx`.
 */
export async function transitionApplication(tx: Prisma.TransactionClient, request: TransitionRequest): Promise<number> {
  const check = checkTransition(request.from, request.to, request.actor, request.context);
  if (!check.ok) throw new AppError("refused", check.reason);
  const updated = await tx.outgoingApplication.updateMany({
    where: { id: request.applicationId, version: request.expectedVersion, status: request.from },
    data: {
      status: request.to,
      version: { increment: 1 },
      ...(request.to === "SUBMITTED" ? { submittedAt: new Date() } : {}),
      ...(request.to === "ARRIVED" ? { arrivedAt: new Date() } : {}),
    },
  });
  if (updated.count !== 1) throw new AppError("conflict");
  await recordAudit(tx, {
    actorId: request.actorId,
    action: "application.status_changed",
    entityType: "OutgoingApplication",
    entityId: request.applicationId,
    fromState: request.from,
    toState: request.to,
    reason: request.context.reason?.trim() || null,
  });
  if (!request.quiet) {
    const reason = request.context.reason?.trim() || null;
    await notify(tx, request.student, `status.${request.to}`, {
      name: request.student.name,
      reason: reason ?? "—",
      // The coordinator's reason, which the decision form says the student reads, goes with every decision.
      note: reason ? translator(request.student.locale)("mail.coordinatorNote", { reason }) : "",
    });
  }
  return request.expectedVersion + 1;
}
