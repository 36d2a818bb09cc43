import { describe, expect, it } from "vitest";
import { saveAgreement } from "@/lib/server/agreement/save-agreement";
import { getAgreementForEditing } from "@/lib/server/agreement/get-agreement";
import { uploadSignedCopy } from "@/lib/server/agreement/upload-signed-copy";
import { proposedDestinations } from "@/lib/server/agreement/proposed-destinations";
import { copyRound } from "@/lib/server/round/copy-round";
import { getRoundSetup } from "@/lib/server/round/get-round-setup";
import { UploadRefused } from "@/lib/server/dossier/receive-upload";
import { ZAgreement, type TAgreementInput } from "@/lib/validation/agreement";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";
import { bodyOf, createRoundWithDestination, PDF } from "../support/applications";

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

async function newPartner() {
  const suffix = uniqueSuffix();
  return testDb().partnerInstitution.create({
    data: { name: `Partner ${suffix}`, erasmusCode: `X PART${suffix}`, countryCode: "SE", city: "Lund", languagesOfInstruction: ["en"] },
  });
}

function agreementInput(partnerInstitutionId: string, overrides: Partial<TAgreementInput> = {}) {
  return ZAgreement.parse({
    partnerInstitutionId,
    firstAcademicYear: "2061-2062",
    lastAcademicYear: "2063-2064",
    status: "SIGNED",
    conditions: [
      {
        direction: "OUTGOING",
        iscedCode: "0613",
        eqfLevels: ["7", "6"],
        studentsPerYear: "2",
        monthsPerStudent: "5",
        languageCode: "en",
        languageLevel: "B2",
        departmentId: "",
      },
      {
        direction: "INCOMING",
        iscedCode: "0613",
        eqfLevels: ["6"],
        studentsPerYear: "3",
        monthsPerStudent: "10",
        languageCode: "",
        languageLevel: "",
        departmentId: "",
      },
    ],
    ...overrides,
  });
}

describe("inter-institutional agreements", () => {
  it("are recorded by the international office only, with their conditions in order and an audit row", async () => {
    const partner = await newPartner();
    const input = agreementInput(partner.id);
    for (const role of ["DEPARTMENTAL_COORDINATOR", "GRANT_COMMISSION", "ADMINISTRATOR", "STUDENT", "HOST_COORDINATOR"] as const) {
      await expect(saveAgreement(await createUser(role), input)).rejects.toMatchObject({ code: "forbidden" });
    }
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id } = await saveAgreement(office, input);
    const saved = await getAgreementForEditing(office, id);
    expect(saved!.values.conditions.map((c) => [c.direction, c.eqfLevels, c.studentsPerYear, c.languageLevel])).toEqual([
      ["OUTGOING", ["6", "7"], 2, "B2"],
      ["INCOMING", ["6"], 3, ""],
    ]);
    expect(await testDb().auditEvent.count({ where: { entityId: id, action: "agreement.created", actorId: office.id } })).toBe(1);
  });

  it("refuse an edit based on an older version, and record what changed", async () => {
    const partner = await newPartner();
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id } = await saveAgreement(office, agreementInput(partner.id, { status: "DRAFT" }));
    await saveAgreement(office, { ...agreementInput(partner.id), id, version: 1 });
    await expect(saveAgreement(office, { ...agreementInput(partner.id, { lastAcademicYear: "2070-2071" }), id, version: 1 })).rejects.toMatchObject({
      code: "conflict",
    });
    const stored = await testDb().interInstitutionalAgreement.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ status: "SIGNED", lastAcademicYear: "2063-2064", version: 2 });
    const audit = await testDb().auditEvent.findFirstOrThrow({ where: { entityId: id, action: "agreement.updated" } });
    expect(audit).toMatchObject({ fromState: "DRAFT", toState: "SIGNED", reason: "status" });
  });

  it("explain wrong values next to their fields", () => {
    const result = ZAgreement.safeParse({
      partnerInstitutionId: "p",
      firstAcademicYear: "2062-2063",
      lastAcademicYear: "2061-2062",
      status: "SIGNED",
      conditions: [
        {
          direction: "OUTGOING",
          iscedCode: "613",
          eqfLevels: false,
          studentsPerYear: "-1",
          monthsPerStudent: "13",
          languageCode: "en",
          languageLevel: "",
          departmentId: "",
        },
      ],
    });
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message]).sort()).toEqual([
      ["conditions.0.eqfLevels", "validation.eqfLevels"],
      ["conditions.0.iscedCode", "validation.iscedCode"],
      // A language without its level.
      ["conditions.0.languageLevel", "validation.required"],
      ["conditions.0.monthsPerStudent", "validation.outOfRange"],
      ["conditions.0.studentsPerYear", "validation.outOfRange"],
      ["lastAcademicYear", "validation.yearOrder"],
    ]);
    const none = ZAgreement.safeParse({ ...agreementInput("p"), conditions: [] });
    expect(none.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["conditions", "validation.atLeastOneCondition"]]);
  });

  it("are kept consistent by the database too: no span that ends before it starts", async () => {
    const partner = await newPartner();
    await expect(
      testDb().interInstitutionalAgreement.create({
        data: { partnerInstitutionId: partner.id, firstAcademicYear: "2062-2063", lastAcademicYear: "2061-2062" },
      }),
    ).rejects.toThrow();
  });

  it("take a signed copy as a PDF only, and replace it with the next", async () => {
    const partner = await newPartner();
    const office = await createUser("INTERNATIONAL_OFFICE");
    const { id } = await saveAgreement(office, agreementInput(partner.id));
    await expect(uploadSignedCopy(office, { agreementId: id, fileName: "scan.png", body: bodyOf(PNG) })).rejects.toBeInstanceOf(UploadRefused);
    await expect(
      uploadSignedCopy(await createUser("DEPARTMENTAL_COORDINATOR"), { agreementId: id, fileName: "x.pdf", body: bodyOf(PDF) }),
    ).rejects.toMatchObject({
      code: "forbidden",
    });
    const { fileId } = await uploadSignedCopy(office, { agreementId: id, fileName: "agreement.pdf", body: bodyOf(PDF) });
    const saved = await getAgreementForEditing(office, id);
    expect(saved!.signedCopy).toMatchObject({ id: fileId, originalName: "agreement.pdf" });
    expect(await testDb().auditEvent.count({ where: { entityId: id, action: "agreement.signed_copy_uploaded" } })).toBe(1);
  });

  it("propose a round's destinations from the signed ones valid that year, and next year's copy takes them", async () => {
    const office = await createUser("INTERNATIONAL_OFFICE");
    const [uppsala, pisa] = [await newPartner(), await newPartner()];
    // Years of this test alone: the other tests' agreements cover none of them.
    await saveAgreement(office, agreementInput(uppsala.id, { firstAcademicYear: "2080-2081", lastAcademicYear: "2081-2082" }));
    await saveAgreement(office, agreementInput(pisa.id, { firstAcademicYear: "2080-2081", lastAcademicYear: "2080-2081", status: "DRAFT" }));
    expect(await proposedDestinations("2081-2082")).toEqual([{ partnerInstitutionId: uppsala.id, places: 2, quotas: [] }]);
    // A second outgoing condition splits the places by subject area; next year's copy keeps the split.
    const outgoing = {
      direction: "OUTGOING",
      iscedCode: "0613",
      eqfLevels: ["7"],
      studentsPerYear: "2",
      monthsPerStudent: "5",
      languageCode: "",
      languageLevel: "",
      departmentId: "",
    } as const;
    await saveAgreement(
      office,
      agreementInput(pisa.id, {
        firstAcademicYear: "2080-2081",
        lastAcademicYear: "2081-2082",
        conditions: [outgoing, { ...outgoing, iscedCode: "0732", studentsPerYear: "1" }],
      }),
    );

    const { round } = await createRoundWithDestination();
    await testDb().applicationRound.update({ where: { id: round.id }, data: { academicYear: "2080-2081", name: `Erasmus+ 2080-2081 ${uniqueSuffix()}` } });
    const shares = [
      { iscedCode: "0613", eqfLevels: [7], places: 2 },
      { iscedCode: "0732", eqfLevels: [7], places: 1 },
    ];
    expect((await getRoundSetup(office, round.id))!.fromAgreements).toEqual(
      expect.arrayContaining([
        { partnerInstitutionId: uppsala.id, places: 2, quotas: [] },
        { partnerInstitutionId: pisa.id, places: 3, quotas: shares },
      ]),
    );
    const { id } = await copyRound(office, { roundId: round.id });
    const copy = await testDb().applicationRound.findUniqueOrThrow({
      where: { id },
      include: { destinations: { include: { quotas: { orderBy: { position: "asc" }, select: { iscedCode: true, eqfLevels: true, places: true } } } } },
    });
    expect(copy.destinations.map((d) => [d.partnerInstitutionId, d.places, d.quotas]).sort()).toEqual(
      [
        [uppsala.id, 2, []],
        [pisa.id, 3, shares],
      ].sort(),
    );
  });
});
