import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { phaseOf } from "@/lib/domain/dossier/checklist";
import { STEP_ORDER } from "@/lib/validation/application";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { dossierSnapshot } from "./dossier-snapshot";
import { writeStep } from "./save-draft";
import { transitionApplication } from "./transition-application";

/**
 * Submits the student's application: every step is checked again from what
 * was typed, then the eligibility rules, the application-phase pieces and
 * the round's deadline, all in one transaction.
 */
export async function submitApplication(user: CurrentUser, applicationId: string, version: number, now = new Date()): Promise<number> {
  const newVersion = await db.$transaction(async (tx) => {
    const draft = await tx.outgoingApplication.findFirst({
      where: { id: applicationId, studentId: user.id },
      select: { id: true, roundId: true, status: true, version: true, form: true },
    });
    if (!draft) throw new AppError("not_found");
    if (draft.version !== version) throw new AppError("conflict");

    const form = draft.form as Record<string, unknown>;
    for (const step of STEP_ORDER) {
      const errors = await writeStep(tx, draft.id, draft.roundId, step, form[step] ?? {});
      if (errors) throw new AppError("refused", "step_incomplete", Object.fromEntries(Object.entries(errors).map(([k, v]) => [`${step}.${k}`, v])));
    }

    const snapshot = await dossierSnapshot(tx, draft.id, now);
    const applicationPhase = phaseOf(snapshot.checklist, "APPLICATION");
    const student = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, locale: true, name: true } });

    return transitionApplication(tx, {
      applicationId: draft.id,
      from: draft.status,
      to: "SUBMITTED",
      expectedVersion: version,
      actor: "student",
      actorId: user.id,
      student,
      context: {
        roundOpen: snapshot.roundOpen,
        eligible: snapshot.eligibility.verdict !== "not_eligible",
        applicationPiecesUploaded: applicationPhase.complete,
        applicationPiecesAccepted: applicationPhase.accepted,
      },
    });
  });
  deliverSoon();
  return newVersion;
}
