/*
 * The partners' CSV file: one line per cooperation condition, the partner's
 * and the agreement's columns repeated on each of its lines; a partner with
 * no agreement has one line with the agreement's columns empty. The file the
 * portal exports is one it imports unchanged.
 */
import { parse } from "csv-parse/sync";
import type { z } from "zod";
import type { FieldMessageKey } from "@/lib/i18n/message";
import { asFieldMessageKey } from "@/lib/i18n/message";
import { V } from "@/lib/validation/messages";
import { ZPartner, PARTNER_CONTACT_ROLES, type TPartner, type TPartnerInput } from "@/lib/validation/partner";
import { ZAgreementTerms, type TAgreementTermsInput } from "@/lib/validation/agreement";
import { normalizeErasmusCode } from "./codes";

export const PARTNER_CSV_COLUMNS = [
  "erasmus_code",
  "name",
  "schac_code",
  "country",
  "city",
  "website",
  "languages",
  "contacts",
  "first_year",
  "last_year",
  "status",
  "direction",
  "isced_code",
  "eqf_levels",
  "students_per_year",
  "months_per_student",
  "language",
  "language_level",
  "department",
] as const;
export type PartnerCsvColumn = (typeof PARTNER_CSV_COLUMNS)[number];

const PARTNER_COLUMNS = PARTNER_CSV_COLUMNS.slice(0, 8);
const AGREEMENT_COLUMNS = ["first_year", "last_year", "status"] as const;
const CONDITION_COLUMNS = PARTNER_CSV_COLUMNS.slice(11);
const MAX_LINES = 5000;

/** Which column each schema field is written in. */
const PARTNER_FIELD_COLUMN: Record<string, PartnerCsvColumn> = {
  erasmusCode: "erasmus_code",
  name: "name",
  schacCode: "schac_code",
  countryCode: "country",
  city: "city",
  website: "website",
  languagesOfInstruction: "languages",
  contacts: "contacts",
};
const CONDITION_FIELD_COLUMN: Record<string, PartnerCsvColumn> = {
  direction: "direction",
  iscedCode: "isced_code",
  eqfLevels: "eqf_levels",
  studentsPerYear: "students_per_year",
  monthsPerStudent: "months_per_student",
  languageCode: "language",
  languageLevel: "language_level",
  departmentId: "department",
};

export type PartnerCsvLineError = { line: number; column: PartnerCsvColumn | null; message: FieldMessageKey };

export type Department = { id: string; name: string };

export type ImportedAgreement = { line: number; terms: z.output<typeof ZAgreementTerms> };
export type ImportedPartner = { line: number; partner: TPartner; agreements: ImportedAgreement[] };

/** A partner as the export writes it: its record, its contacts, and its agreements with their conditions. */
export type ExportedPartner = {
  erasmusCode: string;
  name: string;
  schacCode: string;
  countryCode: string;
  city: string;
  website: string;
  languagesOfInstruction: string[];
  contacts: TPartnerInput["contacts"];
  agreements: Array<{
    firstAcademicYear: string;
    lastAcademicYear: string;
    status: string;
    conditions: Array<{
      direction: string;
      iscedCode: string;
      eqfLevels: number[];
      studentsPerYear: number;
      monthsPerStudent: number;
      languageCode: string;
      languageLevel: string;
      departmentName: string;
    }>;
  }>;
};

type Line = { line: number; cells: Record<PartnerCsvColumn, string> };

// "Anna Lindqvist <anna@uu.se> INSTITUTIONAL_COORDINATOR en", contacts separated by " | ".
const CONTACT = /^(.*?)\s*<([^<>]*)>\s*(\S*)\s*(\S*)$/;

function writeContacts(contacts: TPartnerInput["contacts"]): string {
  return contacts.map((c) => `${c.name} <${c.email}> ${c.role} ${c.locale}`).join(" | ");
}

function readContacts(cell: string): TPartnerInput["contacts"] | null {
  if (!cell.trim()) return [];
  const contacts: TPartnerInput["contacts"] = [];
  for (const part of cell.split("|")) {
    const [, name = "", email = "", role = "", locale = ""] = CONTACT.exec(part.trim()) ?? [];
    if (!(PARTNER_CONTACT_ROLES as readonly string[]).includes(role)) return null;
    contacts.push({ name, email, role: role as (typeof PARTNER_CONTACT_ROLES)[number], locale: (locale || "en") as "fr" | "en" });
  }
  return contacts;
}

/** The export's lines, header first: what `readPartnerCsv` reads back to the same records. */
export function partnerCsvRows(partners: ExportedPartner[]): string[][] {
  const rows: string[][] = [[...PARTNER_CSV_COLUMNS]];
  for (const p of partners) {
    const partner = [p.erasmusCode, p.name, p.schacCode, p.countryCode, p.city, p.website, p.languagesOfInstruction.join(", "), writeContacts(p.contacts)];
    if (p.agreements.length === 0) rows.push([...partner, ...Array<string>(PARTNER_CSV_COLUMNS.length - partner.length).fill("")]);
    for (const a of p.agreements) {
      for (const c of a.conditions) {
        rows.push([
          ...partner,
          a.firstAcademicYear,
          a.lastAcademicYear,
          a.status,
          c.direction,
          c.iscedCode,
          c.eqfLevels.join(" "),
          String(c.studentsPerYear),
          String(c.monthsPerStudent),
          c.languageCode,
          c.languageLevel,
          c.departmentName,
        ]);
      }
    }
  }
  return rows;
}

/** A spreadsheet-safe export writes `'=…` for a cell starting with = + - @; reading takes the quote off again. */
function unneutralised(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}

function readLines(text: string): { lines: Line[]; errors: PartnerCsvLineError[] } {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(body, { delimiter, info: true, relax_column_count: true, skip_empty_lines: true }) as unknown as typeof records;
  } catch (error) {
    const line = typeof (error as { lines?: unknown }).lines === "number" ? (error as { lines: number }).lines : 1;
    return { lines: [], errors: [{ line, column: null, message: V.csvMalformed }] };
  }
  const [header, ...rest] = records;
  const names = header?.record.map((cell) => cell.trim().toLowerCase()) ?? [];
  if (PARTNER_CSV_COLUMNS.some((column, index) => names[index] !== column)) return { lines: [], errors: [{ line: 1, column: null, message: V.csvHeader }] };
  if (rest.length > MAX_LINES) return { lines: [], errors: [{ line: MAX_LINES + 2, column: null, message: V.csvTooManyLines }] };
  if (rest.length === 0) return { lines: [], errors: [{ line: 1, column: null, message: V.csvEmpty }] };
  const lines = rest.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(PARTNER_CSV_COLUMNS.map((column, index) => [column, unneutralised(record[index] ?? "").trim()])) as Line["cells"],
  }));
  return { lines, errors: [] };
}

function issuesToErrors(issues: z.core.$ZodIssue[], lineOf: (path: PropertyKey[]) => { line: number; column: PartnerCsvColumn | null }) {
  return issues.map((issue) => ({ ...lineOf(issue.path), message: asFieldMessageKey(issue.message) }));
}

/** Lines grouped by a key, in the order each key first appears; no group is empty. */
function groupBy(lines: Line[], key: (line: Line) => string): Map<string, [Line, ...Line[]]> {
  const groups = new Map<string, [Line, ...Line[]]>();
  for (const line of lines) {
    const group = groups.get(key(line));
    if (group) group.push(line);
    else groups.set(key(line), [line]);
  }
  return groups;
}

function readPartner(first: Line, errors: PartnerCsvLineError[]): TPartner | null {
  const c = first.cells;
  const contacts = readContacts(c.contacts);
  if (!contacts) {
    errors.push({ line: first.line, column: "contacts", message: V.csvContacts });
    return null;
  }
  const input: TPartnerInput = {
    erasmusCode: c.erasmus_code,
    name: c.name,
    schacCode: c.schac_code,
    countryCode: c.country.toUpperCase(),
    city: c.city,
    website: c.website,
    languagesOfInstruction: c.languages,
    contacts,
  };
  const parsed = ZPartner.safeParse(input);
  if (parsed.success) return parsed.data;
  errors.push(...issuesToErrors(parsed.error.issues, (path) => ({ line: first.line, column: PARTNER_FIELD_COLUMN[String(path[0])] ?? null })));
  return null;
}

function readAgreement(lines: [Line, ...Line[]], departments: Department[], errors: PartnerCsvLineError[]): ImportedAgreement | null {
  const [first] = lines;
  const before = errors.length;
  for (const line of lines.slice(1))
    if (line.cells.status !== first.cells.status) errors.push({ line: line.line, column: "status", message: V.csvDiffersFromEarlierLine });
  const conditions = lines.map(({ line, cells }) => {
    const department = cells.department ? departments.find((d) => d.name.toLowerCase() === cells.department.toLowerCase()) : undefined;
    if (cells.department && !department) errors.push({ line, column: "department", message: V.csvUnknownDepartment });
    return {
      direction: cells.direction.toUpperCase() as "OUTGOING",
      iscedCode: cells.isced_code,
      eqfLevels: cells.eqf_levels.split(/[\s,;]+/).filter(Boolean),
      studentsPerYear: cells.students_per_year,
      monthsPerStudent: cells.months_per_student,
      languageCode: cells.language.toLowerCase() as "",
      languageLevel: cells.language_level.toUpperCase() as "",
      departmentId: department?.id ?? "",
    };
  });
  const input: TAgreementTermsInput = {
    firstAcademicYear: first.cells.first_year,
    lastAcademicYear: first.cells.last_year,
    status: first.cells.status.toUpperCase() as "SIGNED",
    conditions,
  };
  const parsed = ZAgreementTerms.safeParse(input);
  if (!parsed.success) {
    errors.push(
      ...issuesToErrors(parsed.error.issues, (path) =>
        path[0] === "conditions" && typeof path[1] === "number"
          ? { line: lines[path[1]]?.line ?? first.line, column: CONDITION_FIELD_COLUMN[String(path[2])] ?? null }
          : {
              line: first.line,
              column: ({ firstAcademicYear: "first_year", lastAcademicYear: "last_year", status: "status" } as const)[String(path[0]) as "status"] ?? null,
            },
      ),
    );
    return null;
  }
  return errors.length > before ? null : { line: first.line, terms: parsed.data };
}

/**
 * Reads the partners' CSV file (comma or semicolon separated, as a
 * spreadsheet saves it) into partners with their agreements, every value
 * checked by the same schemas as the forms. Lines of one partner must agree
 * on its columns, lines of one agreement (same partner and years) on its
 * status. Every wrong line is reported with its number and column.
 */
export function readPartnerCsv(text: string, departments: Department[]): { partners: ImportedPartner[]; errors: PartnerCsvLineError[] } {
  const { lines, errors } = readLines(text);
  if (errors.length > 0) return { partners: [], errors };
  const byPartner = groupBy(lines, (line) => normalizeErasmusCode(line.cells.erasmus_code));
  const partners: ImportedPartner[] = [];
  for (const group of byPartner.values()) {
    const [first] = group;
    for (const line of group.slice(1)) {
      const column = PARTNER_COLUMNS.find((c) => c !== "erasmus_code" && line.cells[c] !== first.cells[c]);
      if (column) errors.push({ line: line.line, column, message: V.csvDiffersFromEarlierLine });
    }
    const partner = readPartner(first, errors);
    const agreementLines = group.filter((line) => [...AGREEMENT_COLUMNS, ...CONDITION_COLUMNS].some((c) => line.cells[c] !== ""));
    const byAgreement = groupBy(agreementLines, (line) => `${line.cells.first_year}|${line.cells.last_year}`);
    const agreements = [...byAgreement.values()].map((agreementLines) => readAgreement(agreementLines, departments, errors));
    if (partner && agreements.every((a) => a !== null)) partners.push({ line: first.line, partner, agreements });
  }
  errors.sort((a, b) => a.line - b.line);
  return { partners: errors.length > 0 ? [] : partners, errors };
}
