import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { db } from "@/lib/server/db/client";
import { displayName } from "@/lib/domain/people";
import { translator } from "@/lib/i18n/translate";
import { formatDate, formatDecimal } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { pdfDocument } from "@/lib/server/pdf/document";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { gradeBands, type GradeCount } from "@/lib/domain/recognition/grade-conversion";
import { creditsObtained, creditsRecognised, type RecognitionEntry, type TranscriptEntry } from "@/lib/domain/recognition/recognition";
import { gradingTablesFor } from "./grading-tables-for";

const band = ([low, high]: [number, number], locale: Locale) => `${formatDecimal(low, locale)}–${formatDecimal(high, locale)} %`;

/**
 * The recognition document the student receives: the transcript's
 * components, the credits recognised, the foreign and converted grades with
 * their bands, and the grading tables used; in the reader's language.
 */
export async function recognitionPdf(applicationId: string, locale: Locale, tx: Prisma.TransactionClient = db): Promise<Uint8Array> {
  const application = await tx.outgoingApplication.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      firstName: true,
      lastName: true,
      student: { select: { name: true, studentNumber: true } },
      round: { select: { academicYear: true } },
      recognition: true,
      attendances: { orderBy: { number: "desc" }, take: 1, select: { firstDay: true, lastDay: true } },
    },
  });
  const recognition = application.recognition!;
  const transcript = await tx.transcriptOfRecords.findUniqueOrThrow({ where: { id: recognition.transcriptId } });
  const t = translator(locale);
  const home = await homeInstitutionName(t("common.appName"));
  const doc = await pdfDocument({ title: t("recognition.document.title"), letterhead: home, pageLabel: (page, pages) => t("common.pageOf", { page, pages }) });
  doc.heading(t("recognition.document.title"), 15);
  const stay = application.attendances[0];
  doc.facts([
    [t("recognition.document.student"), `${displayName(application, application.student.name)} (${application.student.studentNumber ?? "—"})`],
    [t("recognition.document.academicYear"), application.round.academicYear],
    [t("recognition.document.stay"), stay ? `${formatDate(stay.firstDay, locale)} – ${formatDate(stay.lastDay, locale)}` : "—"],
    [t("recognition.document.recordedOn"), formatDate(recognition.recordedAt, locale)],
  ]);
  const results = transcript.entries as TranscriptEntry[];
  doc.heading(t("recognition.document.transcript", { number: transcript.number }));
  doc.table(
    [
      { label: t("recognition.component"), share: 0.5 },
      { label: t("recognition.foreignGrade"), share: 0.18 },
      { label: t("recognition.creditsObtained"), share: 0.16 },
      { label: t("recognition.passed"), share: 0.16 },
    ],
    [
      ...results.map((e) => [`${e.losCode} ${e.title}`.trim(), e.grade, formatDecimal(e.creditsObtained, locale), t(e.passed ? "common.yes" : "common.no")]),
      [t("recognition.total"), "", formatDecimal(creditsObtained(results), locale), ""],
    ],
  );
  const entries = recognition.entries as RecognitionEntry[];
  doc.heading(t("recognition.document.recognised"));
  doc.table(
    [
      { label: t("recognition.component"), share: 0.34 },
      { label: t("recognition.creditsRecognised"), share: 0.14 },
      { label: t("recognition.foreignGrade"), share: 0.12 },
      { label: t("recognition.homeGrade"), share: 0.12 },
      { label: t("recognition.conversion"), share: 0.28 },
    ],
    [
      ...entries.map((e) => [
        `${e.losCode} ${e.title}`.trim(),
        formatDecimal(e.creditsRecognised, locale),
        e.conversion.foreignGrade,
        e.homeGrade,
        e.conversion.method === "table"
          ? t("recognition.bands", { from: band(e.conversion.fromBand, locale), to: band(e.conversion.toBand, locale) })
          : t("recognition.byHand", { reason: e.conversion.reason }),
      ]),
      [t("recognition.total"), formatDecimal(creditsRecognised(entries), locale), "", "", ""],
    ],
  );
  if (recognition.shortfallReason) doc.text(t("recognition.shortfallShown", { reason: recognition.shortfallReason }));
  const tables = await gradingTablesFor(applicationId, tx);
  const used = entries.some((e) => e.conversion.method === "table") ? [tables.partner, tables.home].filter((x) => x !== null) : [];
  for (const table of used) {
    doc.heading(t("recognition.document.table", { table: table.label }));
    doc.table(
      [
        { label: t("recognition.grade"), share: 0.3 },
        { label: t("recognition.count"), share: 0.3 },
        { label: t("recognition.band"), share: 0.4 },
      ],
      gradeBands(table.grades).map((b, i) => [b.grade, formatDecimal((table.grades as GradeCount[])[i]!.count, locale), band(b.band, locale)]),
    );
  }
  return doc.save();
}
