import "server-only";
import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { COMPONENT_TABLES, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import type { Party } from "@/lib/domain/learning-agreement/signatures";
import { translator, type MessageKey } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/i18n/format";
import { drawable, wrap } from "@/lib/server/pdf/pdf-text";

type AgreementForPdf = {
  student: { name: string; email: string };
  sendingInstitution: string;
  receivingInstitution: string;
  versionNumber: number;
  contentHash: string;
  content: LearningAgreementContent;
  signatures: Array<{ party: Party; signerName: string; signerPosition: string; signerEmail: string; signedAt: Date; contentHash: string }>;
};

/** The signed copy each party receives: every table, the signatures, the version number and its hash. */
export async function agreementPdf(agreement: AgreementForPdf, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const pdf = await PDFDocument.create();
  pdf.setTitle(`${t("learningAgreement.pdfTitle")} v${agreement.versionNumber}`);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const mono = await pdf.embedFont(StandardFonts.Courier);
  const margin = 50;
  let page: PDFPage = pdf.addPage([595.28, 841.89]);
  let y = page.getHeight() - margin;
  const width = page.getWidth() - 2 * margin;
  const ensure = (height: number) => {
    if (y - height < margin) {
      page = pdf.addPage([595.28, 841.89]);
      y = page.getHeight() - margin;
    }
  };
  const line = (text: string, font: PDFFont = regular, size = 10) => {
    for (const part of wrap(font, text, size, width)) {
      ensure(size + 4);
      page.drawText(part, { x: margin, y, size, font, color: rgb(0.1, 0.1, 0.15) });
      y -= size + 4;
    }
  };
  const c = agreement.content;
  const labelled = (label: MessageKey, value: string) => t("common.labelled", { label: t(label), value });
  line(`${t("learningAgreement.pdfTitle")} — ${t("learningAgreement.version", { number: agreement.versionNumber })}`, bold, 15);
  line(`SHA-256: ${agreement.contentHash}`, mono, 8);
  y -= 6;
  line(labelled("learningAgreement.student", `${agreement.student.name} <${agreement.student.email}>`));
  line(labelled("learningAgreement.sending", `${agreement.sendingInstitution} — ${c.mobility.sendingContact.name} <${c.mobility.sendingContact.email}>`));
  line(
    labelled(
      "learningAgreement.receiving",
      `${agreement.receivingInstitution}, ${c.mobility.receivingDepartment} — ${c.mobility.receivingContact.name} <${c.mobility.receivingContact.email}>`,
    ),
  );
  line(labelled("learningAgreement.period", `${c.mobility.academicYear}, ${c.mobility.plannedStartMonth} → ${c.mobility.plannedEndMonth}`));
  line(labelled("learningAgreement.languageCompetence", `${c.language.code.toUpperCase()} ${c.language.level}`));
  for (const table of COMPONENT_TABLES) {
    y -= 8;
    line(t(`learningAgreement.tables.${table}`), bold, 12);
    if (c.components[table].length === 0) line("—");
    for (const component of c.components[table]) {
      line(
        `${component.losCode} · ${component.title} · ${t(`learningAgreement.terms.${component.term}`)} · ${component.credits} ECTS${component.recognitionConditions ? ` · ${component.recognitionConditions}` : ""}`,
      );
    }
  }
  y -= 8;
  line(t("learningAgreement.commitment"), bold, 12);
  line(c.recognitionCommitment);
  y -= 8;
  line(t("learningAgreement.signaturesTitle"), bold, 12);
  for (const signature of agreement.signatures) {
    line(
      t("common.labelled", {
        label: t(`learningAgreement.parties.${signature.party}`),
        value: `${drawable(regular, signature.signerName)}, ${signature.signerPosition} <${signature.signerEmail}> — ${formatDateTime(signature.signedAt, locale)}`,
      }),
    );
    line(`SHA-256: ${signature.contentHash}`, mono, 8);
  }
  return pdf.save();
}
