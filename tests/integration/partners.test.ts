import { describe, expect, it } from "vitest";
import { savePartner } from "@/lib/server/partner/save-partner";
import { getPartnerForEditing } from "@/lib/server/partner/get-partner";
import { ZPartner, type TPartnerInput } from "@/lib/validation/partner";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";

function partnerInput(overrides: Partial<TPartnerInput> = {}) {
  // Letters only, the random end first: an Erasmus code's city part has no digits.
  const suffix = [...uniqueSuffix()]
    .reverse()
    .join("")
    .toUpperCase()
    .replace(/[^A-Z]/g, "X");
  return ZPartner.parse({
    name: `Lunds universitet ${suffix}`,
    erasmusCode: `S  LUND${suffix.slice(0, 10)}01`,
    schacCode: `LU-${suffix.toLowerCase()}.se`,
    countryCode: "SE",
    city: "Lund",
    website: "https://www.lu.se",
    languagesOfInstruction: "sv, EN",
    contacts: [{ name: "Karin Berg", email: `Karin.Berg-${suffix}@lu.test`, role: "INSTITUTIONAL_COORDINATOR", locale: "en" }],
    ...overrides,
  });
}

describe("partner institutions", () => {
  it("are registered by the international office only, in one spelling, with an audit row", async () => {
    const input = partnerInput();
    for (const role of ["STUDENT", "DEPARTMENTAL_COORDINATOR", "ADMINISTRATOR", "HOST_COORDINATOR", "GRANT_COMMISSION"] as const) {
      await expect(savePartner(await createUser(role), input)).rejects.toMatchObject({ code: "forbidden" });
    }
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id, version } = await savePartner(office, input);
    expect(version).toBe(1);
    const stored = await testDb().partnerInstitution.findUniqueOrThrow({ where: { id }, include: { contacts: true } });
    expect(stored.erasmusCode).toMatch(/^S LUND\w+01$/);
    expect(stored.languagesOfInstruction).toEqual(["sv", "en"]);
    expect(stored.contacts.map((c) => c.email)).toEqual([input.contacts[0]!.email]);
    expect(stored.contacts[0]!.email).toBe(stored.contacts[0]!.email.toLowerCase());
    expect(await testDb().auditEvent.count({ where: { entityId: id, action: "partner.created", actorId: office.id } })).toBe(1);
  });

  it("refuses an edit based on an older version, and records which fields changed", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const input = partnerInput();
    const { id } = await savePartner(office, input);
    const editing = (await getPartnerForEditing(office, id))!;
    const second = await savePartner(office, ZPartner.parse({ ...editing, city: "Malmö", contacts: [] }));
    expect(second.version).toBe(2);
    await expect(savePartner(office, ZPartner.parse({ ...editing, name: "Overwritten" }))).rejects.toMatchObject({ code: "conflict" });
    const stored = await testDb().partnerInstitution.findUniqueOrThrow({ where: { id }, include: { contacts: true } });
    expect(stored).toMatchObject({ city: "Malmö", name: input.name, version: 2 });
    expect(stored.contacts).toEqual([]);
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "partner.updated" } });
    expect(audit).toMatchObject({ fromState: "v1", toState: "v2", reason: "city, contacts" });
  });

  it("answers a taken Erasmus or SCHAC code with a field error, leaving nothing half-written", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const first = partnerInput();
    await savePartner(office, first);
    const count = await testDb().partnerInstitution.count();
    await expect(savePartner(office, partnerInput({ erasmusCode: first.erasmusCode }))).rejects.toMatchObject({
      code: "invalid",
      fieldErrors: { erasmusCode: "validation.erasmusCodeTaken" },
    });
    await expect(savePartner(office, partnerInput({ schacCode: first.schacCode.toUpperCase() }))).rejects.toMatchObject({
      fieldErrors: { schacCode: "validation.schacCodeTaken" },
    });
    expect(await testDb().partnerInstitution.count()).toBe(count);
  });

  it("checks each field: codes, country, languages, web address, contacts listed once", () => {
    const result = ZPartner.safeParse({
      name: "",
      erasmusCode: "not a code",
      schacCode: "no spaces.se here",
      countryCode: "XX",
      city: "Lund",
      website: "javascript:alert(1)",
      languagesOfInstruction: "sv, klingon",
      contacts: [
        { name: "A", email: "a@lu.test", role: "INCOMING_OFFICE", locale: "en" },
        { name: "B", email: "A@LU.TEST", role: "INCOMING_OFFICE", locale: "fr" },
      ],
    });
    expect(result.success).toBe(false);
    const issues = Object.fromEntries(result.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(issues).toEqual({
      name: "validation.required",
      erasmusCode: "validation.erasmusCode",
      schacCode: "validation.schacCode",
      countryCode: "validation.unknownCountry",
      website: "validation.url",
      languagesOfInstruction: "validation.languageList",
      "contacts.1.email": "validation.duplicateEmail",
    });
  });
});
