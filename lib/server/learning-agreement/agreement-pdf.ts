import "server-only";
import { COMPONENT_TABLES, type Component, type ComponentTable, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { PARTIES, positionLabel, type Party } from "@/lib/domain/learning-agreement/signatures";
import { translator, type Translate } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime, formatDecimal, formatMonth, languageName } from "@/lib/i18n/format";
import { pdfDocument } from "@/lib/server/pdf/document";

type AgreementForPdf = {
  student: { name: string; email: string };
  sendingInstitution: string;
  receivingInstitution: string;
  versionNumber: number;
  contentHash: string;
  content: LearningAgreementContent;
  signatures: Array<{ party: Party; signerName: string; signerPosition: string; signerEmail: string; signedAt: Date; contentHash: string }>;
};

/** How each table is laid out, after the European Commission's learning-agreement template. */
const TABLE_TITLE_COLUMN: Record<ComponentTable, "titleAtHost" | "titleAtHome" | "title"> = {
  studied: "titleAtHost",
  recognized: "titleAtHome",
  virtual: "title",
};

function componentTable(t: Translate, locale: Locale, table: ComponentTable, components: Component[]) {
  const conditions = table === "recognized";
  const columns = [
    { label: t("learningAgreement.pdfColumns.code"), share: 0.16 },
    { label: t(`learningAgreement.pdfColumns.${TABLE_TITLE_COLUMN[table]}`), share: conditions ? 0.38 : 0.58 },
    { label: t("learningAgreement.pdfColumns.term"), share: 0.13 },
    { label: t("learningAgreement.pdfColumns.credits"), share: 0.13 },
    ...(conditions ? [{ label: t("learningAgreement.pdfColumns.conditions"), share: 0.2 }] : []),
  ];
  const rows = components.map((c) => [
    c.losCode,
    c.title,
    t(`learningAgreement.terms.${c.term}`),
    formatDecimal(c.credits, locale),
    ...(conditions ? [c.recognitionConditions ?? ""] : []),
  ]);
  const total = components.reduce((sum, c) => sum + c.credits, 0);
  rows.push(["", t("learningAgreement.pdfTotal"), "", formatDecimal(total, locale), ...(conditions ? [""] : [])]);
  return { columns, rows };
}

/**
 * The signed copy each party receives, laid out like the Commission's template:
 * the three parties, the mobility, tables A and B (and virtual components),
 * the recognition commitment and the three signatures with the hashes signed.
 */
export async function agreementPdf(agreement: AgreementForPdf, locale: Locale): Promise<Uint8Array> {
  const t = translator(locale);
  const c = agreement.content;
  const doc = await pdfDocument({
    title: `${t("learningAgreement.pdfTitle")} v${agreement.versionNumber}`,
    letterhead: agreement.sendingInstitution,
    pageLabel: (page, pages) => t("common.pageOf", { page, pages }),
  });
  const contact = (person: { name: string; email: string }) => `${person.name} <${person.email}>`;
  doc.heading(t("learningAgreement.pdfTitle"), 16);
  doc.text(t("learningAgreement.pdfSubtitle", { year: c.mobility.academicYear, number: agreement.versionNumber }), { size: 11 });
  doc.space(6);

  doc.heading(t("learningAgreement.student"));
  doc.facts([
    [t("learningAgreement.pdfName"), agreement.student.name],
    [t("learningAgreement.pdfEmail"), agreement.student.email],
  ]);
  doc.heading(t("learningAgreement.sending"));
  doc.facts([
    [t("learningAgreement.pdfName"), agreement.sendingInstitution],
    [t("learningAgreement.pdfContact"), contact(c.mobility.sendingContact)],
  ]);
  doc.heading(t("learningAgreement.receiving"));
  doc.facts([
    [t("learningAgreement.pdfName"), agreement.receivingInstitution],
    [t("learningAgreement.receivingDepartment"), c.mobility.receivingDepartment],
    [t("learningAgreement.pdfContact"), contact(c.mobility.receivingContact)],
  ]);
  doc.heading(t("learningAgreement.mobilityTitle"));
  doc.facts([
    [t("learningAgreement.academicYear"), c.mobility.academicYear],
    [t("learningAgreement.period"), `${formatMonth(c.mobility.plannedStartMonth, locale)} → ${formatMonth(c.mobility.plannedEndMonth, locale)}`],
    [t("learningAgreement.languageCompetence"), `${languageName(c.language.code, locale)} ${c.language.level}`],
  ]);

  for (const table of COMPONENT_TABLES) {
    if (table === "virtual" && c.components.virtual.length === 0) continue;
    doc.heading(t(`learningAgreement.tables.${table}`));
    const { columns, rows } = componentTable(t, locale, table, c.components[table]);
    doc.table(columns, rows);
  }

  doc.heading(t("learningAgreement.commitment"));
  doc.text(c.recognitionCommitment);
  doc.space(8);

  doc.heading(t("learningAgreement.signaturesTitle"));
  doc.text(t("learningAgreement.pdfVersionHash", { hash: agreement.contentHash }), { size: 8 });
  doc.space(4);
  const signed = (party: Party) => agreement.signatures.find((s) => s.party === party);
  doc.table(
    [
      { label: t("learningAgreement.pdfColumns.party"), share: 0.2 },
      { label: t("learningAgreement.pdfName"), share: 0.2 },
      { label: t("learningAgreement.pdfColumns.position"), share: 0.2 },
      { label: t("learningAgreement.pdfEmail"), share: 0.22 },
      { label: t("learningAgreement.pdfColumns.date"), share: 0.18 },
    ],
    PARTIES.map((party) => {
      const signature = signed(party);
      if (!signature) return [t(`learningAgreement.parties.${party}`), t("learningAgreement.notSigned"), "", "", ""];
      return [
        t(`learningAgreement.parties.${party}`),
        signature.signerName,
        positionLabel(signature.signerPosition, t),
        signature.signerEmail,
        formatDateTime(signature.signedAt, locale),
      ];
    }),
  );
  for (const signature of agreement.signatures)
    doc.text(t("common.labelled", { label: t(`learningAgreement.parties.${signature.party}`), value: `SHA-256 ${signature.contentHash}` }), {
      font: "mono",
      size: 7,
      gap: 3,
    });
  return doc.save();
}
