import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { recordAudit } from "@/lib/server/audit";
import { COMMISSION_STATUSES } from "@/lib/server/application/access";
import { grantSettingsOf } from "./settings";
import { loadRound, refuseIfPublished, requireCommission, type GradeLineError } from "./commission-ranking";

/** The academic criterion imported as "student number;average" lines; nothing is written if any line is wrong. */
export async function importGradeAverages(
  user: CurrentUser,
  { roundId, csv }: { roundId: string; csv: string },
): Promise<{ updated: number; errors: GradeLineError[] }> {
  requireCommission(user);
  return db.$transaction(async (tx) => {
    refuseIfPublished(grantSettingsOf(await loadRound(tx, roundId)));
    const errors: GradeLineError[] = [];
    const updates: Array<{ id: string; average: number }> = [];
    const lines = csv.split(/\r?\n/).map((l) => l.trim());
    for (const [index, line] of lines.entries()) {
      if (!line || /^student/i.test(line) || /^num/i.test(line)) continue;
      // "123;12,5" keeps its decimal comma; only a line without ";" or tab is split at its first comma.
      const separator = line.includes(";") ? ";" : line.includes("\t") ? "\t" : ",";
      const at = line.indexOf(separator);
      const number = line.slice(0, at).trim();
      const rawAverage = at >= 0 ? line.slice(at + 1).trim() : "";
      const average = Number(rawAverage?.replace(",", "."));
      if (!number || !Number.isFinite(average) || average < 0 || average > 20) {
        errors.push({ line: index + 1, reason: "badLine" });
        continue;
      }
      const application = await tx.outgoingApplication.findFirst({
        where: { roundId, status: { in: COMMISSION_STATUSES }, student: { studentNumber: number } },
        select: { id: true },
      });
      if (!application) errors.push({ line: index + 1, reason: "unknownStudent" });
      else updates.push({ id: application.id, average });
    }
    if (errors.length > 0) return { updated: 0, errors };
    for (const update of updates) await tx.outgoingApplication.update({ where: { id: update.id }, data: { gradeAverage: update.average } });
    await recordAudit(tx, {
      actorId: user.id,
      action: "grants.grades_imported",
      entityType: "ApplicationRound",
      entityId: roundId,
      toState: String(updates.length),
    });
    return { updated: updates.length, errors };
  });
}
