import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { saveAgreementDraft } from "@/lib/server/learning-agreement/save-agreement-draft";
import { proposeAgreementVersion } from "@/lib/server/learning-agreement/propose-agreement-version";
import { proposeAgreementChanges } from "@/lib/server/learning-agreement/propose-agreement-changes";
import { signAsSendingInstitution } from "@/lib/server/learning-agreement/sign-as-sending";
import { getAgreementByApplication } from "@/lib/server/learning-agreement/get-agreement";
import { hostRecipients } from "@/lib/server/learning-agreement/host-recipients";
import { startApplication } from "@/lib/server/application/start-application";
import { validateAgainstSchema } from "@/lib/server/ewp/schema-validation";
import type { CurrentUser } from "@/lib/server/auth/session";
import { testDb, uniqueSuffix } from "../support/db";
import { createUser } from "../support/factories";
import { createRoundWithDestination, newStudent } from "../support/applications";
import { agreementContent } from "../support/learning-agreement-content";
import { newKey } from "../support/ewp-network";
import { becomeEwpNode, callSigned, leaveEwpNetwork } from "../support/ewp-node";

/**
 * An outgoing learning agreement through the spec's example scenario, read
 * and answered by the receiving institution's node through OMobility LAs:
 * every answer is valid against the official schema.
 */

const BASE = "https://portal.test";
const portalKey = newKey();
const partnerKey = newKey();
const otherPartnerKey = newKey();
const GET_SCHEMA = "ewp-specs-api-omobility-las/endpoints/get-response.xsd";
const REQUEST = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/update-request.xsd";
const LA = "https://github.com/erasmus-without-paper/ewp-specs-api-omobility-las/blob/stable-v1/endpoints/get-response.xsd";

type Handler = (request: Request) => Promise<Response>;
let api: { get: Handler; index: Handler; update: Handler; stats: Handler; mobilities: Handler; mobilityIndex: Handler };
let home: string;
let partnerHei: string;
let student: CurrentUser;
let coordinator: CurrentUser;
let applicationId: string;

afterAll(leaveEwpNetwork);

beforeAll(async () => {
  const setup = await createRoundWithDestination();
  const suffix = uniqueSuffix().toLowerCase();
  partnerHei = `partner-${suffix}.test`;
  await testDb().partnerInstitution.update({ where: { id: setup.partner.id }, data: { schacCode: partnerHei } });
  await testDb().partnerContact.create({
    data: { partnerInstitutionId: setup.partner.id, name: "Anna Lindqvist", email: `anna-${suffix}@partner.test`, role: "INSTITUTIONAL_COORDINATOR" },
  });
  const institution = await testDb().homeInstitution.findUniqueOrThrow({ where: { id: setup.department.homeInstitutionId } });
  home = institution.schacCode ?? (await testDb().homeInstitution.update({ where: { id: institution.id }, data: { schacCode: "home.test" } })).schacCode!;

  student = await newStudent();
  applicationId = (await startApplication(student, setup.round.id)).id;
  await testDb().outgoingApplication.update({
    where: { id: applicationId },
    data: {
      status: "NOMINATED",
      programmeId: setup.programme.id,
      firstName: "Ivan Petrovich",
      lastName: "Sidorov",
      nationality: "NO",
      birthDate: new Date("2004-05-05"),
    },
  });
  await testDb().user.update({ where: { id: student.id }, data: { europeanStudentIdentifier: `urn:schac:personalUniqueCode:int:esi:${home}:${suffix}` } });
  await testDb().destinationChoice.create({
    data: {
      applicationId,
      rank: 1,
      partnerInstitutionId: setup.partner.id,
      semesters: ["AUTUMN"],
      startDate: new Date("2027-09-01"),
      endDate: new Date("2028-01-31"),
    },
  });
  coordinator = await createUser("DEPARTMENTAL_COORDINATOR", { departmentId: setup.department.id });
  const nomination = await testDb().nomination.create({
    data: { roundId: setup.round.id, partnerInstitutionId: setup.partner.id, sentById: coordinator.id, recipients: [`anna-${suffix}@partner.test`] },
  });
  await testDb().outgoingApplication.update({ where: { id: applicationId }, data: { nominationId: nomination.id } });

  becomeEwpNode(
    portalKey,
    [
      { heiId: home, key: portalKey },
      { heiId: partnerHei, key: partnerKey },
      { heiId: "elsewhere.test", key: otherPartnerKey },
    ],
    BASE,
  );
  api = {
    get: (await import("@/app/ewp/omobility-las/get/route")).GET,
    index: (await import("@/app/ewp/omobility-las/index/route")).GET,
    update: (await import("@/app/ewp/omobility-las/update/route")).POST,
    stats: (await import("@/app/ewp/omobility-las/stats/route")).GET,
    mobilities: (await import("@/app/ewp/omobilities/get/route")).GET,
    mobilityIndex: (await import("@/app/ewp/omobilities/index/route")).GET,
  };
});

const latest = async () => (await getAgreementByApplication(student, applicationId))!.versions.at(-1)!;

/** The student proposes (and so signs) a first version, as edited. */
async function proposeFirstVersion(dropCompilers = false) {
  const current = (await getAgreementByApplication(student, applicationId))?.versions.at(-1);
  const content = agreementContent("anna@partner.test");
  if (dropCompilers) content.components.studied[1] = { id: "b2", losCode: "DV4", title: "Big data mining", term: "AUTUMN", credits: 15 };
  const draft = await saveAgreementDraft(student, { applicationId, revision: current?.revision ?? 0, content });
  await proposeAgreementVersion(student, { applicationId, versionId: draft.versionId, revision: draft.revision });
}

async function signForHome() {
  const version = await latest();
  const [recipient] = await hostRecipients(applicationId);
  await signAsSendingInstitution(coordinator, { versionId: version.id, seenHash: version.contentHash, hostRecipient: recipient!.key });
}

async function read(key = partnerKey) {
  const url = `${BASE}/ewp/omobility-las/get?sending_hei_id=${home}&omobility_id=${applicationId}`;
  const response = await callSigned(api.get, url, { key, portalKey });
  expect(response.status).toBe(200);
  expect(await validateAgainstSchema(GET_SCHEMA, response.body), response.body).toEqual({ valid: true });
  return response.body;
}

async function indexed(query = "") {
  const response = await callSigned(api.index, `${BASE}/ewp/omobility-las/index?sending_hei_id=${home}${query}`, { key: partnerKey, portalKey });
  expect(await validateAgainstSchema("ewp-specs-api-omobility-las/endpoints/index-response.xsd", response.body), response.body).toEqual({ valid: true });
  return [...response.body.matchAll(/<omobility-id>([^<]+)<\/omobility-id>/g)].map((m) => m[1]);
}

function updateRequest(kind: "approve" | "comment", proposalId: string, omobilityId: string, sending = home) {
  const comment = kind === "comment" ? "<req:comment>Compilers is not available. Please replace it.</req:comment>" : "";
  return `<?xml version="1.0" encoding="UTF-8"?><req:omobility-las-update-request xmlns:req="${REQUEST}" xmlns:la="${LA}"><req:sending-hei-id>${sending}</req:sending-hei-id><req:${kind}-proposal-v1><req:omobility-id>${omobilityId}</req:omobility-id><req:changes-proposal-id>${proposalId}</req:changes-proposal-id>${comment}<req:signature><la:signer-name>Anna Lindqvist</la:signer-name><la:signer-position>Mobility coordinator</la:signer-position><la:signer-email>anna@partner.test</la:signer-email><la:timestamp>2027-06-01T10:00:00+02:00</la:timestamp><la:signer-app>USOS</la:signer-app></req:signature></req:${kind}-proposal-v1></req:omobility-las-update-request>`;
}

async function answer(kind: "approve" | "comment", proposalId: string, { key = partnerKey, sending = home } = {}) {
  const response = await callSigned(api.update, `${BASE}/ewp/omobility-las/update`, {
    key,
    portalKey,
    method: "POST",
    contentType: "text/xml",
    body: updateRequest(kind, proposalId, applicationId, sending),
  });
  if (response.status === 200) {
    expect(await validateAgainstSchema("ewp-specs-api-omobility-las/endpoints/update-response.xsd", response.body)).toEqual({ valid: true });
  } else expect(await validateAgainstSchema("ewp-specs-architecture/common-types.xsd", response.body)).toEqual({ valid: true });
  return response;
}

const proposalId = (xml: string) => xml.match(/<changes-proposal id="([0-9a-f]{64})"/)?.[1];

describe("an outgoing learning agreement through OMobility LAs", () => {
  it("is not shown while a draft, nor before the home institution has signed the student's proposal", async () => {
    const draft = await saveAgreementDraft(student, { applicationId, revision: 0, content: agreementContent("anna@partner.test") });
    expect(await read()).not.toContain("<la>");
    expect(await indexed()).toEqual([]);
    await proposeAgreementVersion(student, { applicationId, versionId: draft.versionId, revision: draft.revision });
    expect(await read()).not.toContain("<la>");
  });

  it("shows the proposal signed by the student and the sending institution, with the student, the levels and the terms EWP asks for", async () => {
    await signForHome();
    const xml = await read();
    expect(proposalId(xml)).toBe((await latest()).contentHash);
    expect(xml).not.toContain("<first-version>");
    for (const part of [
      `<hei-id>${home}</hei-id>`,
      `<hei-id>${partnerHei}</hei-id>`,
      "<receiving-academic-year-id>2027/2028</receiving-academic-year-id>",
      "<given-names>Ivan Petrovich</given-names><family-name>Sidorov</family-name><global-id>urn:schac:personalUniqueCode:int:esi:",
      "<birth-date>2004-05-05</birth-date><citizenship>NO</citizenship>",
      "<eqf-level-studied-at-departure>7</eqf-level-studied-at-departure><isced-f-code>0613</isced-f-code>",
      "<given-names>Jean</given-names><family-name>Dupont</family-name>",
      "<term-id><trm:term-number>1</trm:term-number><trm:total-terms>2</trm:total-terms></term-id>",
      "<student-signature>",
      "<sending-hei-signature>",
    ]) {
      expect(xml).toContain(part);
    }
    expect(xml).not.toContain("<receiving-hei-signature>");
    expect(await indexed()).toEqual([applicationId]);
    expect(await indexed(`&receiving_hei_id=${partnerHei}&receiving_academic_year_id=2027/2028`)).toEqual([applicationId]);
    expect(await indexed("&receiving_hei_id=nowhere.test")).toEqual([]);
    expect(await indexed("&receiving_academic_year_id=2030/2031")).toEqual([]);
    expect(await indexed(`&modified_since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
  });

  it("is hidden from an institution it does not go to, which cannot answer it either", async () => {
    expect(await read(otherPartnerKey)).not.toContain("<la>");
    const proposal = proposalId(await read())!;
    expect((await answer("approve", proposal, { key: otherPartnerKey })).status).toBe(400);
    expect((await answer("approve", proposal, { sending: "elsewhere.test" })).status).toBe(400);
    expect((await latest()).state).toBe("PROPOSED");
  });

  it("takes the receiving institution's comment as a rejection the student reads, then its approval of the new proposal", async () => {
    const first = proposalId(await read())!;
    expect((await answer("comment", first)).status).toBe(200);
    const rejected = await latest();
    expect(rejected.state).toBe("REJECTED");
    expect(rejected.rejections).toEqual([
      expect.objectContaining({ party: "RECEIVING", authorName: "Anna Lindqvist", comment: "Compilers is not available. Please replace it." }),
    ]);
    expect(await read()).not.toContain("<la>");

    await proposeFirstVersion(true);
    await signForHome();
    const second = proposalId(await read())!;
    expect(second).not.toBe(first);
    // An answer to a proposal that is no longer the open one is an edit conflict.
    expect((await answer("approve", first)).status).toBe(409);
    expect((await answer("approve", second)).status).toBe(200);
    const agreed = await latest();
    expect(agreed.state).toBe("AGREED");
    expect(agreed.signatures.find((s) => s.party === "RECEIVING")).toMatchObject({ signerName: "Anna Lindqvist", signerApp: "USOS", valid: true });
    const xml = await read();
    expect(xml).toContain("<first-version>");
    expect(xml).toContain("<title>Big data mining</title>");
    expect(xml).toContain("<signer-app>USOS</signer-app>");
    expect(xml).not.toContain("<changes-proposal");
    expect((await answer("approve", second)).status).toBe(409);
  });

  it("marks each change after arrival with its status and reason, and keeps approved changes after a commented one", async () => {
    await testDb().outgoingApplication.update({ where: { id: applicationId }, data: { status: "ARRIVED", arrivedAt: new Date() } });
    await proposeAgreementChanges(student, {
      applicationId,
      changes: [{ op: "deleted", table: "studied", componentId: "b2", reasonCode: "timetable-conflict", reasonText: "Clashes with DV1" }],
    });
    await signForHome();
    let xml = await read();
    expect(xml).toContain('<component status="deleted" reason-code="timetable-conflict" reason-text="Clashes with DV1"><los-code>DV4</los-code>');
    expect((await answer("comment", proposalId(xml)!)).status).toBe(200);
    expect(await read()).not.toContain("<changes-proposal");

    await proposeAgreementChanges(student, {
      applicationId,
      changes: [
        { op: "deleted", table: "studied", componentId: "b2", reasonCode: "not-available", reasonText: "" },
        {
          op: "inserted",
          table: "studied",
          component: { id: "c", losCode: "DV3", title: "Databases", term: "AUTUMN", credits: 15 },
          reasonCode: "substituting-deleted",
          reasonText: "",
        },
      ],
    });
    await signForHome();
    xml = await read();
    expect((await answer("approve", proposalId(xml)!)).status).toBe(200);
    xml = await read();
    expect(xml).toContain("<approved-changes>");
    expect(xml).toContain('<component status="inserted" reason-code="substituting-deleted"><los-code>DV3</los-code>');
    expect(xml).toContain('<component status="deleted" reason-code="not-available"><los-code>DV4</los-code>');
  });

  it("counts the agreements per academic year in the stats", async () => {
    const response = await callSigned(api.stats, `${BASE}/ewp/omobility-las/stats`, { key: partnerKey, portalKey });
    expect(await validateAgainstSchema("ewp-specs-api-omobility-las/endpoints/stats-response.xsd", response.body)).toEqual({ valid: true });
    expect(response.body).toContain("<receiving-academic-year-id>2027/2028</receiving-academic-year-id>");
    expect(Number(response.body.match(/<la-outgoing-modified-after-approval>(\d+)</)![1])).toBeGreaterThanOrEqual(1);
  });
});

describe("the nomination through OMobilities", () => {
  it("is served to the receiving institution only, valid against the schema, with the student's identifier and the term", async () => {
    const get = await callSigned(api.mobilities, `${BASE}/ewp/omobilities/get?sending_hei_id=${home}&omobility_id=${applicationId}`, {
      key: partnerKey,
      portalKey,
    });
    expect(get.status).toBe(200);
    expect(await validateAgainstSchema("ewp-specs-api-omobilities/endpoints/get-response.xsd", get.body), get.body).toEqual({ valid: true });
    expect(get.body).toContain(`<omobility-id>${applicationId}</omobility-id>`);
    expect(get.body).toContain("<sending-academic-term-ewp-id>2027/2028-1/2</sending-academic-term-ewp-id>");
    expect(get.body).toContain("<global-id>urn:schac:personalUniqueCode:int:esi:");
    expect(get.body).toContain("<status>live</status>");
    const index = await callSigned(api.mobilityIndex, `${BASE}/ewp/omobilities/index?sending_hei_id=${home}&receiving_academic_year_id=2027/2028`, {
      key: partnerKey,
      portalKey,
    });
    expect(await validateAgainstSchema("ewp-specs-api-omobilities/endpoints/index-response.xsd", index.body)).toEqual({ valid: true });
    expect(index.body).toContain(applicationId);
    const hidden = await callSigned(api.mobilities, `${BASE}/ewp/omobilities/get?sending_hei_id=${home}&omobility_id=${applicationId}`, {
      key: otherPartnerKey,
      portalKey,
    });
    expect(hidden.body).not.toContain("<student-mobility>");
  });
});
