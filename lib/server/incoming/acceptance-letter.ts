import "server-only";
import { displayName } from "@/lib/domain/people";
import type { TFactSheet } from "@/lib/validation/factsheet";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/format";
import { pdfDocument } from "@/lib/server/pdf/document";

type LetterRecipient = {
  firstName: string;
  lastName: string;
  homeInstitution: string;
  homeErasmusCode: string;
  fieldOfStudy: string;
  semester: "AUTUMN" | "SPRING";
  academicYear: string;
  locale: Locale;
};

/** The acceptance letter, written from the fact sheet's data in the student's language. */
export async function acceptanceLetterPdf(sheet: TFactSheet, student: LetterRecipient, message: string, date = new Date()): Promise<Uint8Array> {
  const t = translator(student.locale);
  const doc = await pdfDocument({
    title: t("incoming.letter.title"),
    letterhead: sheet.institution.name,
    letterheadLines: [...sheet.institution.address.split("\n"), `${t("incoming.letter.erasmusCode")} ${sheet.institution.erasmusCode}`],
    pageLabel: (page, pages) => t("common.pageOf", { page, pages }),
  });
  doc.text(formatDate(date, student.locale));
  doc.space(10);
  doc.heading(t("incoming.letter.title"), 14);
  const semesterName = t(`incoming.semesters.${student.semester}`);
  const semesterDates = student.semester === "AUTUMN" ? sheet.semesters.autumn : sheet.semesters.spring;
  doc.text(t("incoming.letter.salutation", { name: displayName(student, "") }), { size: 11 });
  doc.space(6);
  doc.text(
    t("incoming.letter.body", {
      school: sheet.institution.name,
      semester: semesterName,
      year: student.academicYear,
      dates: semesterDates[student.locale],
      home: `${student.homeInstitution} (${student.homeErasmusCode})`,
      field: student.fieldOfStudy,
      credits: sheet.creditsPerSemester,
    }),
    { size: 11 },
  );
  if (message.trim()) {
    doc.space(6);
    doc.text(message, { size: 11 });
  }
  doc.space(6);
  doc.text(t("incoming.letter.practical", { email: sheet.contacts.incomingEmail, phone: sheet.contacts.phone }), { size: 11 });
  doc.space(24);
  doc.text(sheet.contacts.coordinatorName, { font: "bold", size: 11 });
  doc.text(t("incoming.letter.signatureRole"), { size: 11 });
  return doc.save();
}
