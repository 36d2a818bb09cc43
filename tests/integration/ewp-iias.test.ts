import { beforeAll, describe, expect, it } from "vitest";
import { validateAgainstSchema } from "@/lib/server/ewp/schema-validation";
import { iiaHashes } from "@/lib/server/ewp/iia-hash";
import { testDb, uniqueSuffix } from "../support/db";
import { createRoundWithDestination } from "../support/applications";
import { newKey } from "../support/ewp-network";
import { becomeEwpNode, callSigned } from "../support/ewp-node";

/** The home institution's inter-institutional agreements through IIAs v7, each with the hash of the spec's XSLT. */

const BASE = "https://portal.test";
const portalKey = newKey();
const partnerKey = newKey();
const strangerKey = newKey();
type Handler = (request: Request) => Promise<Response>;
let api: { get: Handler; index: Handler };
let partnerHei: string;
let agreementId: string;

beforeAll(async () => {
  const setup = await createRoundWithDestination();
  partnerHei = `iia-${uniqueSuffix().toLowerCase()}.test`;
  await testDb().partnerInstitution.update({ where: { id: setup.partner.id }, data: { schacCode: partnerHei } });
  const institution = await testDb().homeInstitution.findUniqueOrThrow({ where: { id: setup.department.homeInstitutionId } });
  const home = institution.schacCode ?? (await testDb().homeInstitution.update({ where: { id: institution.id }, data: { schacCode: "home.test" } })).schacCode!;
  const agreement = await testDb().interInstitutionalAgreement.create({
    data: {
      partnerInstitutionId: setup.partner.id,
      firstAcademicYear: "2027-2028",
      lastAcademicYear: "2029-2030",
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
      { heiId: partnerHei, key: partnerKey },
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
    expect(iia!.textToHash).toContain("_receiving-first-academic-year-id=2027/2028__receiving-last-academic-year-id=2029/2030_");
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
    expect((await index("?receiving_academic_year_id=2028/2029")).body).toContain(agreementId);
    expect((await index("?receiving_academic_year_id=2031/2032")).body).not.toContain(agreementId);
    expect((await index("?receiving_academic_year_id=2028")).status).toBe(400);
    expect((await index("", strangerKey)).body).not.toContain(agreementId);
    const hidden = await callSigned(api.get, `${BASE}/ewp/iias/get?iia_id=${agreementId}`, { key: strangerKey, portalKey });
    expect(hidden.body).not.toContain("<iia>");
  });
});
