import "server-only";
import { displayName } from "@/lib/domain/people";
import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import type { TFactSheet } from "@/lib/validation/factsheet";
import { translator } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/i18n/format";
import { drawable, wrap } from "@/lib/server/pdf/pdf-text";

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
  const pdf = await PDFDocument.create();
  pdf.setTitle(t("incoming.letter.title"));
  pdf.setAuthor(sheet.institution.name);
  const page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 60;
  const width = page.getWidth() - margin * 2;
  let y = page.getHeight() - margin;
  const line = (text: string, font = regular, size = 11, gap = 4) => {
    for (const part of wrap(font, text, size, width)) {
      page.drawText(part, { x: margin, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + gap;
    }
  };
  line(sheet.institution.name, bold, 16);
  for (const addressLine of sheet.institution.address.split("\n")) line(addressLine, regular, 10, 2);
  line(`${t("incoming.letter.erasmusCode")} ${sheet.institution.erasmusCode}`, regular, 10);
  y -= 20;
  line(formatDate(date, student.locale));
  y -= 10;
  line(t("incoming.letter.title"), bold, 14);
  y -= 6;
  const semesterName = t(`incoming.semesters.${student.semester}`);
  const semesterDates = student.semester === "AUTUMN" ? sheet.semesters.autumn : sheet.semesters.spring;
  line(t("incoming.letter.salutation", { name: displayName(student, "") }));
  y -= 6;
  line(
    t("incoming.letter.body", {
      school: sheet.institution.name,
      semester: semesterName,
      year: student.academicYear,
      dates: semesterDates[student.locale],
      home: `${student.homeInstitution} (${student.homeErasmusCode})`,
      field: student.fieldOfStudy,
      credits: sheet.creditsPerSemester,
    }),
  );
  if (message.trim()) {
    y -= 6;
    line(message);
  }
  y -= 6;
  line(t("incoming.letter.practical", { email: sheet.contacts.incomingEmail, phone: sheet.contacts.phone }));
  y -= 24;
  line(drawable(regular, sheet.contacts.coordinatorName), bold);
  line(t("incoming.letter.signatureRole"));
  return pdf.save();
}
