import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import type { ApplicationStatus } from "@/lib/domain/application/status";
import type { DossierPhase } from "@/lib/domain/dossier/pieces";
import { phaseOf } from "@/lib/domain/dossier/checklist";
import { translator } from "@/lib/i18n/translate";
import { formatDate } from "@/lib/i18n/format";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";

const REMINDER_DAYS_BEFORE = 7;

type PhaseDeadline = { phase: DossierPhase; statuses: ApplicationStatus[]; due: (round: RoundDates) => Date | null };
type RoundDates = { deadline: Date; afterSelectionPiecesDue: Date | null; beforeDeparturePiecesDue: Date | null };

const PHASE_DEADLINES: PhaseDeadline[] = [
  { phase: "APPLICATION", statuses: ["DRAFT", "CHANGES_REQUESTED"], due: (round) => round.deadline },
  { phase: "AFTER_SELECTION", statuses: ["SELECTED", "NOMINATED"], due: (round) => round.afterSelectionPiecesDue },
  { phase: "BEFORE_DEPARTURE", statuses: ["SELECTED", "NOMINATED", "LEARNING_AGREEMENT_SIGNED"], due: (round) => round.beforeDeparturePiecesDue },
];

function dueField(phase: DossierPhase): Prisma.ApplicationRoundWhereInput {
  const window = (now: Date) => ({ gt: now, lte: new Date(now.getTime() + REMINDER_DAYS_BEFORE * 86_400_000) });
  return phase === "APPLICATION"
    ? { deadline: window(new Date()) }
    : phase === "AFTER_SELECTION"
      ? { afterSelectionPiecesDue: window(new Date()) }
      : { beforeDeparturePiecesDue: window(new Date()) };
}

/**
 * Reminds, once per phase, every student whose pieces are still missing a
 * week before the phase's deadline. Returns how many reminders were queued.
 */
export async function sendPieceReminders(): Promise<number> {
  let sent = 0;
  for (const { phase, statuses, due } of PHASE_DEADLINES) {
    const candidates = await db.outgoingApplication.findMany({
      where: { status: { in: statuses }, round: dueField(phase), reminders: { none: { phase } } },
      select: { id: true },
      take: 500,
    });
    for (const { id } of candidates) {
      const queued = await db.$transaction(async (tx) => {
        const snapshot = await dossierSnapshot(tx, id);
        const pieces = phaseOf(snapshot.checklist, phase);
        if (pieces.complete) return false;
        const application = await tx.outgoingApplication.findUniqueOrThrow({
          where: { id },
          select: {
            student: { select: { email: true, locale: true, name: true } },
            round: { select: { deadline: true, afterSelectionPiecesDue: true, beforeDeparturePiecesDue: true } },
          },
        });
        const claimed = await tx.pieceReminder.createMany({ data: [{ applicationId: id, phase }], skipDuplicates: true });
        if (claimed.count === 0) return false;
        const t = translator(application.student.locale);
        const missing = pieces.items.filter((i) => i.state === "missing" || i.state === "to_replace").map((i) => `- ${t(`dossier.pieces.${i.kind}`)}`);
        await notify(tx, application.student, "pieceReminder", {
          name: application.student.name,
          phase: t(`dossier.phases.${phase}`),
          deadline: formatDate(due(application.round)!, application.student.locale),
          pieces: missing.join("\n"),
        });
        return true;
      });
      if (queued) sent += 1;
    }
  }
  if (sent > 0) deliverSoon();
  return sent;
}
