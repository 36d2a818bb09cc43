import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateAgainstSchema } from "@/lib/server/ewp/schema-validation";
import { iiaHashes } from "@/lib/server/ewp/iia-hash";
import { ZAgreement } from "@/lib/validation/agreement";
import { testDb, uniqueSuffix } from "../support/db";
import { createRoundWithDestination } from "../support/applications";
import { createUser, waitFor } from "../support/factories";
import { newKey } from "../support/ewp-network";
import { becomeEwpNode, callSigned, leaveEwpNetwork } from "../support/ewp-node";

/** The home institution's inter-institutional agreements through IIAs v7, each with the hash of the spec's XSLT. */

const BASE = "https://portal.test";
const portalKey = newKey();
const partnerKey = newKey();
const strangerKey = newKey();
type Handler = (request: Request) => Promise<Response>;
let api: { get: Handler; index: Handler };
let partnerHei: string;
let agreementId: string;

afterAll(async () => {
  leaveEwpNetwork();
  // Years no other test uses, and gone once done: rounds copied elsewhere take their destinations from the signed agreements.
  await testDb().interInstitutionalAgreement.delete({ where: { id: agreementId } });
});

beforeAll(async () => {
  const setup = await createRoundWithDestination();
  partnerHei = `iia-${uniqueSuffix().toLowerCase()}.test`;
  await testDb().partnerInstitution.update({ where: { id: setup.partner.id }, data: { schacCode: partnerHei } });
  const institution = await testDb().homeInstitution.findUniqueOrThrow({ where: { id: setup.department.homeInstitutionId } });
  const home = institution.schacCode ?? (await testDb().homeInstitution.update({ where: { id: institution.id }, data: { schacCode: "home.test" } })).schacCode!;
  const agreement = await testDb().interInstitutionalAgreement.create({
    data: {
      partnerInstitutionId: setup.partner.id,
      firstAcademicYear: "2050-2051",
      lastAcademicYear: "2052-2053",
      status: "SIGNED",
      conditions: {
        create: [
          {
            position: 0,
            direction: "OUTGOING",
            iscedCode: "0613",
            eqfLevels: [6, 7],
            studentsPerYear: 2,
            monthsPerStudent: 5,
            languageCode: "en",
            languageLevel: "B2",
            departmentId: setup.department.id,
          },
          {
            position: 1,
            direction: "INCOMING",
            iscedCode: "0613",
            eqfLevels: [7],
            studentsPerYear: 1,
            monthsPerStudent: 10,
            languageCode: null,
            languageLevel: null,
          },
        ],
      },
    },
  });
  agreementId = agreement.id;
  becomeEwpNode(
    portalKey,
    [
      { heiId: home, key: portalKey },
      // The partner takes IIA CNRs at an address nobody answers: the notification waits to be sent again.
      { heiId: partnerHei, key: partnerKey, iiaCnrUrl: "https://127.0.0.1:9/ewp/iia-cnr" },
      { heiId: "elsewhere.test", key: strangerKey },
    ],
    BASE,
  );
  api = { get: (await import("@/app/ewp/iias/get/route")).GET, index: (await import("@/app/ewp/iias/index/route")).GET };
});

describe("IIAs v7", () => {
  it("serves an agreement to its partner, valid against the schema, its iia-hash the one the spec's XSLT gives", async () => {
    const response = await callSigned(api.get, `${BASE}/ewp/iias/get?iia_id=${agreementId}&iia_id=unknown`, { key: partnerKey, portalKey });
    expect(response.status).toBe(200);
    expect(await validateAgainstSchema("ewp-specs-api-iias/endpoints/get-response.xsd", response.body), response.body).toEqual({ valid: true });
    const [iia] = iiaHashes(response.body);
    expect(iia!.iiaId).toBe(agreementId);
    expect(response.body).toContain(`<iia-hash>${iia!.iiaHash}</iia-hash>`);
    expect(iia!.textToHash).toContain(`_student-studies-mobility-spec.subject-area.isced-f-code=0613_`);
    expect(iia!.textToHash).toContain("_cooperation-conditions.student-studies-mobility-spec.total-months-per-year=10_");
    expect(iia!.textToHash).toContain("_receiving-first-academic-year-id=2050/2051__receiving-last-academic-year-id=2052/2053_");
    // The incoming condition has no recommended language yet: the agreement says so and may not be approved as it is.
    expect(response.body).toContain('<recommended-language-skill not-yet-defined="true">');
    expect(iia!.validForApproval).toBe(false);
    expect(response.body).toContain("<in-effect>true</in-effect>");
  });

  it("lists it in the index for its partner, by academic year, and hides it from other institutions", async () => {
    const index = (query: string, key = partnerKey) => callSigned(api.index, `${BASE}/ewp/iias/index${query}`, { key, portalKey });
    const all = await index("");
    expect(await validateAgainstSchema("ewp-specs-api-iias/endpoints/index-response.xsd", all.body)).toEqual({ valid: true });
    expect(all.body).toContain(`<iia-id>${agreementId}</iia-id>`);
    expect((await index("?receiving_academic_year_id=2051/2052")).body).toContain(agreementId);
    expect((await index("?receiving_academic_year_id=2054/2055")).body).not.toContain(agreementId);
    expect((await index("?receiving_academic_year_id=2028")).status).toBe(400);
    expect((await index("", strangerKey)).body).not.toContain(agreementId);
    const hidden = await callSigned(api.get, `${BASE}/ewp/iias/get?iia_id=${agreementId}`, { key: strangerKey, portalKey });
    expect(hidden.body).not.toContain("<iia>");
  });

  it("announces a change of an agreement to the partner's node (IIA CNR v3), through the outbox", async () => {
    const { saveAgreement } = await import("@/lib/server/agreement/save-agreement");
    const { getAgreementForEditing } = await import("@/lib/server/agreement/get-agreement");
    const office = await createUser("INTERNATIONAL_OFFICE");
    const agreement = (await getAgreementForEditing(office, agreementId))!;
    await saveAgreement(office, ZAgreement.parse({ id: agreement.id, version: agreement.version, ...agreement.values, status: "TERMINATED" }));
    const notification = await waitFor(() => testDb().ewpNotification.findFirst({ where: { api: "iia-cnr", heiId: partnerHei, lastError: { not: null } } }));
    expect(notification.parameters).toEqual({ iia_id: agreementId });
    expect(notification.sentAt).toBeNull();
    expect(notification.attempts).toBe(1);
    expect(notification.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
  });
});
