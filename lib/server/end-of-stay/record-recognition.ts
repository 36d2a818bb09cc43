import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import { AppError } from "@/lib/server/errors";
import { recordAudit } from "@/lib/server/audit";
import { notify } from "@/lib/server/mail/notify";
import { deliverSoon } from "@/lib/server/mail/outbox";
import { transitionApplication } from "@/lib/server/application/transition-application";
import { dossierSnapshot } from "@/lib/server/application/dossier-snapshot";
import { phaseOf } from "@/lib/domain/dossier/checklist";
import { convertGrade } from "@/lib/domain/recognition/grade-conversion";
import { creditsRecognised, recognitionProblems, type RecognitionEntry, type TranscriptEntry } from "@/lib/domain/recognition/recognition";
import type { TRecognition } from "@/lib/validation/end-of-stay";
import { assertHomeCoordinator } from "./staff-application";
import { agreedComponents } from "./agreed-components";
import { gradingTablesFor, type UsedGradingTable } from "./grading-tables-for";
import type { Component } from "@/lib/domain/learning-agreement/content";
import { recognitionPdf } from "./recognition-pdf";
import { LOCALES } from "@/lib/i18n/locales";

/**
 * The home coordinator records the recognition: per component of table B,
 * the credits recognised and the home grade — converted with the grading
 * tables (the server converts again; the form only shows it) or entered by
 * hand with a reason. It completes the mobility, and nothing else does.
 */
export async function recordRecognition(user: CurrentUser, input: TRecognition): Promise<void> {
  await db.$transaction(async (tx) => {
    await assertHomeCoordinator(tx, user, input.applicationId);
    await tx.$queryRaw`SELECT id FROM "OutgoingApplication" WHERE id = ${input.applicationId} FOR UPDATE`;
    const application = await tx.outgoingApplication.findUniqueOrThrow({
      where: { id: input.applicationId },
      select: { status: true, version: true, recognition: { select: { applicationId: true } }, student: { select: { email: true, locale: true, name: true } } },
    });
    if (application.recognition) throw new AppError("refused", "recognition_recorded");
    const agreed = await agreedComponents(input.applicationId, tx);
    if (!agreed) throw new AppError("refused", "no_agreed_version");
    const transcript = await tx.transcriptOfRecords.findFirst({ where: { applicationId: input.applicationId }, orderBy: { number: "desc" } });
    const tables = await gradingTablesFor(input.applicationId, tx);
    const entries: RecognitionEntry[] = [];
    for (const entry of input.entries) {
      const component = agreed.recognized.find((c) => c.id === entry.componentId);
      if (!component || entries.some((e) => e.componentId === entry.componentId)) throw new AppError("refused", "recognition_incomplete");
      entries.push(recognitionEntry(component, entry, tables));
    }
    const problems = recognitionProblems(agreed.recognized, (transcript?.entries ?? []) as TranscriptEntry[], entries, input.shortfallReason || null);
    if (problems.includes("component_missing")) throw new AppError("refused", "recognition_incomplete");
    if (problems.includes("manual_reason_required")) throw new AppError("refused", "manual_reason_required");
    if (problems.includes("shortfall_reason_required"))
      throw new AppError("refused", "shortfall_reason_required", { shortfallReason: "validation.shortfallReason" });
    const snapshot = await dossierSnapshot(tx, input.applicationId);
    const attendance = await tx.attendanceConfirmation.count({ where: { applicationId: input.applicationId } });
    // The machine checks the rest: arrived, the days confirmed, the transcript entered, the after-arrival pieces accepted.
    await transitionApplication(tx, {
      applicationId: input.applicationId,
      from: application.status,
      to: "COMPLETED",
      expectedVersion: application.version,
      actor: "system",
      actorId: user.id,
      student: application.student,
      quiet: true,
      context: {
        roundOpen: true,
        eligible: true,
        applicationPiecesUploaded: true,
        applicationPiecesAccepted: true,
        arrivalPiecesAccepted: phaseOf(snapshot.checklist, "AFTER_ARRIVAL").accepted,
        attendanceConfirmed: attendance > 0,
        // A host's PDF counts once the coordinator has typed it.
        transcriptEntered: Boolean(transcript && (transcript.entries as TranscriptEntry[]).length > 0),
      },
    });
    await tx.recognition.create({
      data: {
        applicationId: input.applicationId,
        entries,
        shortfallReason: input.shortfallReason || null,
        transcriptId: transcript!.id,
        recordedById: user.id,
      },
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: "end_of_stay.recognised",
      entityType: "OutgoingApplication",
      entityId: input.applicationId,
      toState: `${creditsRecognised(entries)} ECTS`,
      reason: input.shortfallReason || null,
    });
    // The document in both languages: the student forwards it to whoever needs it, at home or abroad.
    const attachments = [];
    for (const locale of LOCALES) {
      const pdf = await recognitionPdf(input.applicationId, locale, tx);
      attachments.push({ filename: `recognition-${locale}.pdf`, contentType: "application/pdf", contentBase64: Buffer.from(pdf).toString("base64") });
    }
    await notify(tx, application.student, "recognitionRecorded", { name: application.student.name, credits: creditsRecognised(entries) }, attachments);
  });
  deliverSoon();
}

/** One component of table B as recognised: its home grade from the grading tables, or as typed with its reason. */
function recognitionEntry(
  component: Component,
  entry: TRecognition["entries"][number],
  tables: { partner: UsedGradingTable | null; home: UsedGradingTable | null },
): RecognitionEntry {
  const recognised = { componentId: component.id, losCode: component.losCode, title: component.title, creditsPlanned: component.credits };
  if (entry.method === "manual") {
    return {
      ...recognised,
      creditsRecognised: entry.creditsRecognised,
      homeGrade: entry.homeGrade,
      conversion: { method: "manual", foreignGrade: entry.foreignGrade, reason: entry.reason },
    };
  }
  const converted = tables.partner && tables.home ? convertGrade(tables.partner.grades, tables.home.grades, entry.foreignGrade) : null;
  if (!converted) throw new AppError("refused", "no_grading_table");
  return {
    ...recognised,
    creditsRecognised: entry.creditsRecognised,
    homeGrade: converted.converted,
    conversion: {
      method: "table",
      foreignGrade: entry.foreignGrade,
      fromBand: converted.fromBand,
      toBand: converted.toBand,
      fromTable: tables.partner!.label,
      toTable: tables.home!.label,
    },
  };
}
