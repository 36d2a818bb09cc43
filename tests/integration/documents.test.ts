import { describe, expect, it } from "vitest";
import { agreementPdf } from "@/lib/server/learning-agreement/agreement-pdf";
import { acceptanceLetterPdf } from "@/lib/server/incoming/acceptance-letter";
import type { LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { IMT_MINES_ALES_FACTSHEET } from "@/prisma/factsheet-seed";
import { embeddedFonts, pdfText, popplerRendering } from "../support/pdf-text";

const CONTENT: LearningAgreementContent = {
  mobility: {
    academicYear: "2027-2028",
    receivingDepartment: "Datavetenskap",
    plannedStartMonth: "2027-08",
    plannedEndMonth: "2028-01",
    sendingContact: { name: "Hélène Coordinatrice", email: "helene@univ.example" },
    receivingContact: { name: "Åsa Lindqvist", email: "asa@uu.example" },
  },
  language: { code: "sv", level: "B2" },
  components: {
    studied: [
      { id: "a1", losCode: "1DL301", title: "Databasteknik — avancerad kurs", term: "AUTUMN", credits: 7.5 },
      { id: "a2", losCode: "1DT086", title: "Operativsystem", term: "AUTUMN", credits: 22.5 },
    ],
    recognized: [{ id: "b1", losCode: "INF-S5", title: "Semestre 5 d'informatique", term: "AUTUMN", credits: 30, recognitionConditions: "Note ≥ E" }],
    virtual: [],
  },
  recognitionCommitment: "L'établissement d'origine reconnaît la totalité des crédits obtenus.",
};

const SIGNED_AT = new Date("2027-06-15T10:30:00Z");
const agreement = {
  student: { name: "Łukasz Żółć-Dubois", email: "lukasz@etu.example" },
  sendingInstitution: "Université d'Évry",
  receivingInstitution: "Uppsala universitet",
  versionNumber: 1,
  contentHash: "a".repeat(64),
  content: CONTENT,
  signatures: [
    {
      party: "STUDENT" as const,
      signerName: "Łukasz Żółć-Dubois",
      signerPosition: "Student",
      signerEmail: "lukasz@etu.example",
      signedAt: SIGNED_AT,
      contentHash: "a".repeat(64),
    },
    {
      party: "SENDING" as const,
      signerName: "Hélène Coordinatrice",
      signerPosition: "Departmental ECTS coordinator",
      signerEmail: "helene@univ.example",
      signedAt: SIGNED_AT,
      contentHash: "a".repeat(64),
    },
    {
      party: "RECEIVING" as const,
      signerName: "Åsa Lindqvist",
      signerPosition: "Studierektor",
      signerEmail: "asa@uu.example",
      signedAt: SIGNED_AT,
      contentHash: "a".repeat(64),
    },
  ],
};

const LETTER_STUDENT = {
  firstName: "Chloé",
  lastName: "Nguyễn",
  homeInstitution: "Politechnika Łódzka",
  homeErasmusCode: "PL LODZ02",
  fieldOfStudy: "Génie des procédés",
  semester: "AUTUMN" as const,
  academicYear: "2027-2028",
  locale: "fr" as const,
};

describe("the documents the portal hands out", () => {
  it("lay the learning agreement out like the Commission's template, in French, with every letter drawn", async () => {
    const bytes = await agreementPdf(agreement, "fr");
    // The font travels inside the file, as a subset: a reader without DejaVu sees the same letters.
    const fonts = await embeddedFonts(bytes);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatchObject({ name: expect.stringMatching(/^\/DejaVuSans/), embedded: true });
    expect(bytes.length).toBeLessThan(150_000);
    const text = await pdfText(bytes);
    expect(text).toContain("Université d'Évry");
    expect(text).toContain("Contrat d'études");
    expect(text).toContain("Mobilité d'études — 2027-2028 — version 1");
    for (const heading of [
      "Étudiant·e",
      "Établissement d'origine",
      "Établissement d'accueil",
      "Période",
      "Tableau A — unités suivies à l'accueil",
      "Tableau B — unités reconnues à l'origine",
      "Engagement de reconnaissance",
    ])
      expect(text).toContain(heading);
    expect(text).toContain("août 2027 → janvier 2028");
    expect(text).toContain("suédois B2");
    expect(text).toContain("Łukasz Żółć-Dubois");
    expect(text).toContain("Åsa Lindqvist");
    expect(text).toContain("Databasteknik — avancerad kurs");
    expect(text).toContain("Note ≥ E");
    // Columns and totals of the tables: 7.5 + 22.5 studied, 30 recognised.
    for (const column of [/Intitulé dans l'établissement d'accueil/, /Crédits\s+ECTS/, /Conditions de\s+reconnaissance/]) expect(text).toMatch(column);
    expect(text).toContain("7,5");
    expect(text).toContain("Total 30");
    // The positions the portal wrote are in the reader's language; the host's as typed.
    expect(text).toContain("Étudiant·e");
    expect(text).toMatch(/Coordinateur ECTS\s+départemental/);
    expect(text).toContain("Studierektor");
    expect(text).not.toContain("Departmental ECTS coordinator");
    expect(text).toContain(`SHA-256 ${"a".repeat(64)}`);
    expect(text).not.toContain("?");
    expect(text).toMatch(/Page 1 sur \d/);
  });

  it("render whole in another reader: poppler draws the page and reads every letter back", async () => {
    const rendered = await popplerRendering(await agreementPdf(agreement, "fr"));
    // A page drawn with its text, tables and rules, not a blank sheet.
    expect(rendered.pngBytes).toBeGreaterThan(20_000);
    for (const words of ["Université d'Évry", "Łukasz Żółć-Dubois", "Åsa Lindqvist", "août 2027 → janvier 2028", "Note ≥ E", "Engagement de reconnaissance"])
      expect(rendered.text).toContain(words);
    expect(rendered.text).not.toContain("?");
    const letter = await popplerRendering(await acceptanceLetterPdf(IMT_MINES_ALES_FACTSHEET, LETTER_STUDENT, "Bienvenue à Alès !"));
    expect(letter.text).toContain("Chloé Nguyễn");
    expect(letter.text).toContain("Politechnika Łódzka");
  });

  it("write the same agreement in English for an English reader", async () => {
    const text = await pdfText(await agreementPdf(agreement, "en"));
    expect(text).toContain("Student mobility for studies — 2027-2028 — version 1");
    expect(text).toContain("August 2027 → January 2028");
    expect(text).toMatch(/Departmental ECTS\s+coordinator/);
    expect(text).toContain("Component title at the receiving institution");
    expect(text).toMatch(/Page 1 of \d/);
  });

  it("head the acceptance letter with the host's name and address", async () => {
    const text = await pdfText(await acceptanceLetterPdf(IMT_MINES_ALES_FACTSHEET, LETTER_STUDENT, "Bienvenue à Alès !"));
    expect(text).toContain(IMT_MINES_ALES_FACTSHEET.institution.name);
    expect(text).toContain(IMT_MINES_ALES_FACTSHEET.institution.address.split("\n")[0]!);
    expect(text).toContain("Chloé Nguyễn");
    expect(text).toContain("Politechnika Łódzka (PL LODZ02)");
    expect(text).toContain("Bienvenue à Alès !");
  });
});
