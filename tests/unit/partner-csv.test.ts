import { describe, expect, it } from "vitest";
import { PARTNER_CSV_COLUMNS, partnerCsvRows, readPartnerCsv, type ExportedPartner } from "@/lib/domain/partner/partner-csv";
import { toCsv } from "@/lib/server/coordinator/csv";

const departments = [{ id: "dep-info", name: "Informatique" }];

const uppsala: ExportedPartner = {
  erasmusCode: "S UPPSALA01",
  name: "Uppsala universitet",
  schacCode: "uu.se",
  countryCode: "SE",
  city: "Uppsala",
  website: "https://www.uu.se",
  languagesOfInstruction: ["sv", "en"],
  contacts: [
    { name: "Anna Lindqvist", email: "anna@uu.se", role: "INSTITUTIONAL_COORDINATOR", locale: "en" },
    { name: "Erik, the incoming desk", email: "incoming@uu.se", role: "INCOMING_OFFICE", locale: "fr" },
  ],
  agreements: [
    {
      firstAcademicYear: "2027-2028",
      lastAcademicYear: "2029-2030",
      status: "SIGNED",
      conditions: [
        {
          direction: "OUTGOING",
          iscedCode: "0613",
          eqfLevels: [6, 7],
          studentsPerYear: 4,
          monthsPerStudent: 5,
          languageCode: "en",
          languageLevel: "B2",
          departmentName: "Informatique",
        },
        {
          direction: "INCOMING",
          iscedCode: "0613",
          eqfLevels: [7],
          studentsPerYear: 2,
          monthsPerStudent: 10,
          languageCode: "",
          languageLevel: "",
          departmentName: "",
        },
      ],
    },
  ],
};
const granada: ExportedPartner = {
  erasmusCode: "E GRANADA01",
  name: "=Universidad de Granada",
  schacCode: "",
  countryCode: "ES",
  city: "Granada",
  website: "",
  languagesOfInstruction: ["es"],
  contacts: [],
  agreements: [],
};

const header = PARTNER_CSV_COLUMNS.join(";");
const line = (cells: Partial<Record<(typeof PARTNER_CSV_COLUMNS)[number], string>>) => PARTNER_CSV_COLUMNS.map((c) => cells[c] ?? "").join(";");
const partnerCells = { erasmus_code: "S UPPSALA01", name: "Uppsala universitet", country: "SE", city: "Uppsala", languages: "sv, en" };
const conditionCells = {
  ...partnerCells,
  first_year: "2027-2028",
  last_year: "2029-2030",
  status: "SIGNED",
  direction: "OUTGOING",
  isced_code: "0613",
  eqf_levels: "6 7",
  students_per_year: "2",
  months_per_student: "5",
};

describe("the partners' CSV file", () => {
  it.each([";", ","])("reads back what it exports, separated by %s, formula-looking cells included", (separator) => {
    const text = toCsv(partnerCsvRows([uppsala, granada]), separator);
    const { partners, errors } = readPartnerCsv(text, departments);
    expect(errors).toEqual([]);
    expect(partners.map((p) => p.partner.name)).toEqual(["Uppsala universitet", "=Universidad de Granada"]);
    const [read] = partners;
    expect(read!.partner).toMatchObject({ erasmusCode: "S UPPSALA01", schacCode: "uu.se", languagesOfInstruction: ["sv", "en"], contacts: uppsala.contacts });
    expect(read!.agreements).toHaveLength(1);
    expect(read!.agreements[0]!.terms).toEqual({
      firstAcademicYear: "2027-2028",
      lastAcademicYear: "2029-2030",
      status: "SIGNED",
      conditions: [
        {
          direction: "OUTGOING",
          iscedCode: "0613",
          eqfLevels: [6, 7],
          studentsPerYear: 4,
          monthsPerStudent: 5,
          languageCode: "en",
          languageLevel: "B2",
          departmentId: "dep-info",
        },
        {
          direction: "INCOMING",
          iscedCode: "0613",
          eqfLevels: [7],
          studentsPerYear: 2,
          monthsPerStudent: 10,
          languageCode: "",
          languageLevel: "",
          departmentId: "",
        },
      ],
    });
    expect(partners[1]!.agreements).toEqual([]);
  });

  it("exports one line per condition and one for a partner without agreement", () => {
    const rows = partnerCsvRows([uppsala, granada]);
    expect(rows[0]).toEqual([...PARTNER_CSV_COLUMNS]);
    expect(rows).toHaveLength(4);
    expect(rows[1]![7]).toBe("Anna Lindqvist <anna@uu.se> INSTITUTIONAL_COORDINATOR en | Erik, the incoming desk <incoming@uu.se> INCOMING_OFFICE fr");
    expect(rows[3]!.slice(8).every((cell) => cell === "")).toBe(true);
  });

  it("groups the lines of one agreement, and separates agreements by years", () => {
    const text = [
      header,
      line(conditionCells),
      line({ ...conditionCells, isced_code: "0732", eqf_levels: "7" }),
      line({ ...conditionCells, first_year: "2030-2031", last_year: "2030-2031" }),
    ].join("\n");
    const { partners, errors } = readPartnerCsv(text, departments);
    expect(errors).toEqual([]);
    expect(partners[0]!.agreements.map((a) => [a.line, a.terms.conditions.length])).toEqual([
      [2, 2],
      [4, 1],
    ]);
  });

  it("accepts lower-case codes and a contact without its language (English)", () => {
    const text = [
      header,
      line({ ...conditionCells, country: "se", direction: "outgoing", status: "signed", contacts: "Anna <anna@uu.se> INCOMING_OFFICE" }),
    ].join("\r\n");
    const { partners, errors } = readPartnerCsv(text, departments);
    expect(errors).toEqual([]);
    expect(partners[0]!.partner.countryCode).toBe("SE");
    expect(partners[0]!.partner.contacts).toEqual([{ name: "Anna", email: "anna@uu.se", role: "INCOMING_OFFICE", locale: "en" }]);
  });

  it("reports every wrong line with its number and column, and keeps nothing", () => {
    const text = [
      header,
      line({ ...conditionCells }),
      line({ ...conditionCells, city: "Stockholm" }),
      line({ ...conditionCells, isced_code: "61", eqf_levels: "5" }),
      line({ ...conditionCells, first_year: "2031-2032", last_year: "2030-2031", department: "Chimie" }),
      line({ erasmus_code: "not a code", name: "", country: "XX", city: "Nowhere", languages: "klingon" }),
      line({ erasmus_code: "D MUNCHEN02", name: "TUM", country: "DE", city: "München", languages: "de", contacts: "someone without address" }),
    ].join("\n");
    const { partners, errors } = readPartnerCsv(text, departments);
    expect(partners).toEqual([]);
    expect(errors.map((e) => [e.line, e.column, e.message])).toEqual(
      expect.arrayContaining([
        [3, "city", "validation.csvDiffersFromEarlierLine"],
        [4, "isced_code", "validation.iscedCode"],
        [4, "eqf_levels", "validation.invalid"],
        [5, "department", "validation.csvUnknownDepartment"],
        [5, "last_year", "validation.yearOrder"],
        [6, "erasmus_code", "validation.erasmusCode"],
        [6, "name", "validation.required"],
        [6, "country", "validation.unknownCountry"],
        [6, "languages", "validation.languageList"],
        [7, "contacts", "validation.csvContacts"],
      ]),
    );
    expect(errors.map((e) => e.line)).toEqual([...errors.map((e) => e.line)].sort((a, b) => a - b));
  });

  it("refuses a status that differs between the lines of one agreement", () => {
    const text = [header, line(conditionCells), line({ ...conditionCells, status: "DRAFT" })].join("\n");
    expect(readPartnerCsv(text, departments).errors).toEqual([{ line: 3, column: "status", message: "validation.csvDiffersFromEarlierLine" }]);
  });

  it.each([
    ["a wrong header", "name;erasmus_code\nx;y", { line: 1, column: null, message: "validation.csvHeader" }],
    ["an empty file", "", { line: 1, column: null, message: "validation.csvHeader" }],
    ["a header alone", `\uFEFF${header}\r\n`, { line: 1, column: null, message: "validation.csvEmpty" }],
    ["an unclosed quote", `${header}\n${line(conditionCells)}\n"S UPPSALA01;x`, { line: 3, column: null, message: "validation.csvMalformed" }],
  ])("refuses %s", (_name, text, error) => {
    expect(readPartnerCsv(text, departments)).toEqual({ partners: [], errors: [error] });
  });

  it("refuses more than 5,000 lines", () => {
    const text = [header, ...Array.from({ length: 5001 }, () => line(conditionCells))].join("\n");
    expect(readPartnerCsv(text, departments).errors).toEqual([{ line: 5002, column: null, message: "validation.csvTooManyLines" }]);
  });
});
