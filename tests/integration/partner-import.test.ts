import { describe, expect, it } from "vitest";
import { importPartners } from "@/lib/server/partner/import-partners";
import { exportPartnersCsv } from "@/lib/server/partner/export-partners";
import { PARTNER_CSV_COLUMNS } from "@/lib/domain/partner/partner-csv";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";

type Cells = Partial<Record<(typeof PARTNER_CSV_COLUMNS)[number], string>>;
const header = PARTNER_CSV_COLUMNS.join(",");
const csvLine = (cells: Cells) => PARTNER_CSV_COLUMNS.map((c) => `"${(cells[c] ?? "").replace(/"/g, '""')}"`).join(",");

/** Two partners of this test alone (its own codes), one with a two-condition agreement. */
function fixture() {
  const letters = [...uniqueSuffix()]
    .reverse()
    .join("")
    .toUpperCase()
    .replace(/[^A-Z]/g, "X")
    .slice(0, 10);
  const lund = {
    erasmus_code: `S LUND${letters}01`,
    name: `Lunds universitet ${letters}`,
    schac_code: `lu-${letters.toLowerCase()}.se`,
    country: "SE",
    city: "Lund",
    languages: "sv, en",
  };
  const agreement = {
    ...lund,
    contacts: `Karin Berg <karin-${letters.toLowerCase()}@lu.test> INSTITUTIONAL_COORDINATOR en`,
    first_year: "2091-2092",
    last_year: "2093-2094",
    status: "SIGNED",
  };
  const conditions = [
    {
      ...agreement,
      direction: "OUTGOING",
      isced_code: "0613",
      eqf_levels: "6 7",
      students_per_year: "3",
      months_per_student: "5",
      language: "en",
      language_level: "B2",
    },
    { ...agreement, direction: "INCOMING", isced_code: "0613", eqf_levels: "7", students_per_year: "2", months_per_student: "10" },
  ];
  const oslo = { erasmus_code: `N OSLO${letters}01`, name: `Universitetet i Oslo ${letters}`, country: "NO", city: "Oslo", languages: "no, en" };
  return { letters, lund, conditions, oslo, text: [header, ...conditions.map(csvLine), csvLine(oslo)].join("\n") };
}

/** The export's lines that name this test's partners, with the header. */
async function exportedLines(office: Awaited<ReturnType<typeof createUser>>, letters: string): Promise<string> {
  const csv = await exportPartnersCsv(office, "fr");
  const [head, ...lines] = csv.split("\r\n");
  return [head, ...lines.filter((l) => l.includes(letters))].join("\r\n");
}

describe("importing and exporting partners as CSV", () => {
  it("creates the partners and agreements, and the exported file re-imported changes nothing", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { letters, lund, oslo, text } = fixture();
    expect(await importPartners(office, text)).toEqual({ summary: { partnersWritten: 2, agreementsWritten: 1, unchanged: 0 }, errors: [] });
    const stored = await testDb().partnerInstitution.findUniqueOrThrow({
      where: { erasmusCode: lund.erasmus_code },
      include: { contacts: true, agreements: { include: { conditions: { orderBy: { position: "asc" } } } } },
    });
    expect(stored).toMatchObject({ name: lund.name, schacCode: lund.schac_code, languagesOfInstruction: ["sv", "en"], version: 1 });
    expect(stored.agreements[0]).toMatchObject({ firstAcademicYear: "2091-2092", lastAcademicYear: "2093-2094", status: "SIGNED", version: 1 });
    expect(stored.agreements[0]!.conditions.map((c) => [c.direction, c.eqfLevels, c.studentsPerYear, c.languageLevel])).toEqual([
      ["OUTGOING", [6, 7], 3, "B2"],
      ["INCOMING", [7], 2, null],
    ]);
    const osloId = (await testDb().partnerInstitution.findUniqueOrThrow({ where: { erasmusCode: oslo.erasmus_code } })).id;
    expect(await testDb().auditEvent.count({ where: { actorId: office.id, action: { in: ["partner.created", "agreement.created"] } } })).toBe(3);

    const exported = await exportedLines(office, letters);
    expect(exported.split("\r\n")).toHaveLength(4);
    const auditBefore = await testDb().auditEvent.count({ where: { entityId: { in: [stored.id, osloId, stored.agreements[0]!.id] } } });
    expect(await importPartners(office, exported)).toEqual({ summary: { partnersWritten: 0, agreementsWritten: 0, unchanged: 3 }, errors: [] });
    expect(await testDb().auditEvent.count({ where: { entityId: { in: [stored.id, osloId, stored.agreements[0]!.id] } } })).toBe(auditBefore);
    expect(await exportedLines(office, letters)).toBe(exported);
    const again = await testDb().partnerInstitution.findUniqueOrThrow({ where: { id: stored.id }, include: { agreements: true } });
    expect([again.version, again.agreements[0]!.version]).toEqual([1, 1]);
  });

  it("changes only what a line changes, with the audit naming it", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { letters, text } = fixture();
    await importPartners(office, text);
    const changed = (await exportedLines(office, letters)).replace(/;3;5;en;B2;/, ";4;5;en;B2;");
    expect(await importPartners(office, changed)).toEqual({ summary: { partnersWritten: 0, agreementsWritten: 1, unchanged: 2 }, errors: [] });
    const agreement = await testDb().interInstitutionalAgreement.findFirstOrThrow({
      where: { partnerInstitution: { name: { contains: letters } }, firstAcademicYear: "2091-2092" },
      include: { conditions: { orderBy: { position: "asc" } } },
    });
    expect([agreement.version, agreement.conditions[0]!.studentsPerYear]).toEqual([2, 4]);
    expect(await testDb().auditEvent.findFirstOrThrow({ where: { entityId: agreement.id, action: "agreement.updated" } })).toMatchObject({
      reason: "conditions",
    });
  });

  it("writes nothing when one line is wrong, and says which", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const taken = fixture();
    await importPartners(office, [header, csvLine(taken.lund)].join("\n"));
    const { lund, conditions, oslo } = fixture();
    // Lines 2-3 are right; line 4 names a SCHAC code another partner holds, which only the database can tell.
    const text = [header, ...conditions.map(csvLine), csvLine({ ...oslo, schac_code: taken.lund.schac_code })].join("\n");
    expect(await importPartners(office, text)).toEqual({ summary: null, errors: [{ line: 4, column: "schac_code", message: "validation.schacCodeTaken" }] });
    expect(await testDb().partnerInstitution.count({ where: { erasmusCode: { in: [lund.erasmus_code, oslo.erasmus_code] } } })).toBe(0);

    const checked = [header, csvLine(oslo), csvLine({ ...conditions[0]!, months_per_student: "13" })].join("\n");
    expect(await importPartners(office, checked)).toEqual({
      summary: null,
      errors: [{ line: 3, column: "months_per_student", message: "validation.outOfRange" }],
    });
    expect(await testDb().partnerInstitution.count({ where: { erasmusCode: oslo.erasmus_code } })).toBe(0);
  });

  it("refuses a file naming years the partner has two agreements for", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { lund, text } = fixture();
    await importPartners(office, text);
    const partner = await testDb().partnerInstitution.findUniqueOrThrow({ where: { erasmusCode: lund.erasmus_code } });
    await testDb().interInstitutionalAgreement.create({
      data: { partnerInstitutionId: partner.id, firstAcademicYear: "2091-2092", lastAcademicYear: "2093-2094" },
    });
    expect(await importPartners(office, text)).toEqual({
      summary: null,
      errors: [{ line: 2, column: "first_year", message: "validation.csvAmbiguousAgreement" }],
    });
  });

  it("is for the international office only", async () => {
    const { text } = fixture();
    for (const role of ["STUDENT", "DEPARTMENTAL_COORDINATOR", "ADMINISTRATOR", "HOST_COORDINATOR", "GRANT_COMMISSION"] as const) {
      const user = await createUser(role);
      await expect(importPartners(user, text)).rejects.toMatchObject({ code: "forbidden" });
      await expect(exportPartnersCsv(user, "en")).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
