import { createPublicKey, type KeyObject } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DOMParser } from "@xmldom/xmldom";
import { IMT_MINES_ALES_FACTSHEET } from "@/prisma/factsheet-seed";
import { keyFingerprint } from "@/lib/server/ewp/http-signature";
import { validateAgainstSchema } from "@/lib/server/ewp/schema-validation";
import { testDb } from "../support/db";
import { createRoundWithDestination } from "../support/applications";
import { waitFor } from "../support/factories";
import { newKey, signedRequest } from "../support/ewp-network";
import { becomeEwpNode, callSigned, leaveEwpNetwork } from "../support/ewp-node";

/**
 * The portal as a node of the Erasmus Without Paper network, called as a
 * partner's node would: every answer is checked against the official schema,
 * and every signature rule of ewp-specs-sec-cliauth-httpsig is tried.
 */

const BASE = "https://portal.test";
const PARTNER = "uu.se";
const portalKey = newKey();
const partnerKey = newKey();
const strangerKey = newKey();
let home: { schacCode: string; departmentId: string; departmentName: string };

type Handler = (request: Request) => Promise<Response>;
let routes: Record<"manifest" | "echo" | "institutions" | "ounits" | "factsheet" | "omobility-la-cnr", { GET?: Handler; POST?: Handler }>;

afterAll(leaveEwpNetwork);

beforeAll(async () => {
  const { department } = await createRoundWithDestination();
  const institution = await testDb().homeInstitution.findUniqueOrThrow({ where: { id: department.homeInstitutionId } });
  const schacCode =
    institution.schacCode ?? (await testDb().homeInstitution.update({ where: { id: institution.id }, data: { schacCode: "home.test" } })).schacCode!;
  home = { schacCode, departmentId: department.id, departmentName: department.name };
  if (!(await testDb().factSheet.findFirst()))
    await testDb().factSheet.create({ data: { erasmusCode: institution.erasmusCode, content: IMT_MINES_ALES_FACTSHEET } });

  becomeEwpNode(
    portalKey,
    [
      { heiId: schacCode, key: portalKey },
      { heiId: PARTNER, key: partnerKey },
    ],
    BASE,
  );
  routes = {
    manifest: await import("@/app/ewp/manifest.xml/route"),
    echo: await import("@/app/ewp/echo/route"),
    institutions: await import("@/app/ewp/institutions/route"),
    ounits: await import("@/app/ewp/ounits/route"),
    factsheet: await import("@/app/ewp/factsheet/route"),
    "omobility-la-cnr": await import("@/app/ewp/omobility-la-cnr/route"),
  };
});

async function expectValid(schema: string, xml: string) {
  expect(await validateAgainstSchema(schema, xml), xml).toEqual({ valid: true });
}

/** What a partner's node does: sign, send, then check the answer's signature against the portal's published key. */
function call(route: keyof typeof routes, query: string, options: { method?: "GET" | "POST"; key?: KeyObject; now?: Date } = {}) {
  const method = options.method ?? "GET";
  const url = `${BASE}/ewp/${route}${method === "GET" && query ? `?${query}` : ""}`;
  return callSigned(routes[route][method]!, url, { key: options.key ?? partnerKey, portalKey, method, body: method === "POST" ? query : "", now: options.now });
}

const text = (xml: string, name: string) => [...xml.matchAll(new RegExp(`<${name}[^>]*>([^<]*)</${name}>`, "g"))].map((m) => m[1]);

describe("the EWP node's documents", () => {
  it("publishes a manifest valid against discovery v6, with each API, the institution and the key it signs with", async () => {
    const response = await routes.manifest.GET!(new Request(`${BASE}/ewp/manifest.xml`));
    const xml = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/xml; charset=utf-8");
    await expectValid("ewp-specs-api-discovery/manifest.xsd", xml);
    const document = new DOMParser().parseFromString(xml, "text/xml");
    const urls = Array.from(document.getElementsByTagName("*"))
      .filter((e) => /(^|-)url$/.test(e.localName ?? ""))
      .map((u) => u.textContent);
    expect(urls).toEqual(
      [
        "manifest.xml",
        "echo",
        "institutions",
        "ounits",
        "factsheet",
        "omobility-las/get",
        "omobility-las/index",
        "omobility-las/update",
        "omobility-las/stats",
        "omobilities/get",
        "omobilities/index",
        "iias/get",
        "iias/index",
        "omobility-la-cnr",
      ].map((api) => `${BASE}/ewp/${api}`),
    );
    expect(
      document.getElementsByTagNameNS("https://github.com/erasmus-without-paper/ewp-specs-api-registry/tree/stable-v1", "hei")[0]!.getAttribute("id"),
    ).toBe(home.schacCode);
    expect(text(xml, "ewp:admin-email")).toEqual(["ewp-admin@portal.test"]);
    const published = text(xml, "rsa-public-key");
    expect(published).toHaveLength(2);
    expect(keyFingerprint(createPublicKey({ key: Buffer.from(published[0]!, "base64"), format: "der", type: "spki" }))).toBe(keyFingerprint(portalKey));
  });

  it("answers echo v2 with the institutions the caller's key covers and its echo values, by GET and by POST", async () => {
    const get = await call("echo", "echo=a&echo=%C3%A9t%C3%A9");
    expect(get.status).toBe(200);
    await expectValid("ewp-specs-api-echo/response.xsd", get.body);
    expect(text(get.body, "hei-id")).toEqual([PARTNER]);
    expect(text(get.body, "echo")).toEqual(["a", "été"]);
    const post = await call("echo", "echo=b", { method: "POST" });
    expect(text(post.body, "echo")).toEqual(["b"]);
    expect(post.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves the home institution, its departments as units and its fact sheet, valid against their schemas", async () => {
    const institutions = await call("institutions", `hei_id=${home.schacCode}`);
    await expectValid("ewp-specs-api-institutions/response.xsd", institutions.body);
    expect(text(institutions.body, "hei-id")).toEqual([home.schacCode]);
    expect(text(institutions.body, "ounit-id")).toContain(home.departmentId);

    const byId = await call("ounits", `hei_id=${home.schacCode}&ounit_id=${home.departmentId}&ounit_id=unknown`, { method: "POST" });
    await expectValid("ewp-specs-api-ounits/response.xsd", byId.body);
    expect(text(byId.body, "ounit-id")).toEqual([home.departmentId]);
    const byCode = await call("ounits", `hei_id=${home.schacCode}&ounit_code=${encodeURIComponent(home.departmentName)}`);
    expect(text(byCode.body, "ounit-code")).toEqual([home.departmentName]);

    const factsheet = await call("factsheet", `hei_id=${home.schacCode}`);
    await expectValid("ewp-specs-api-factsheet/response.xsd", factsheet.body);
    expect(text(factsheet.body, "p:e164")[0]).toMatch(/^\+\d+$/);
    expect(text(factsheet.body, "tor-weeks-limit")).toEqual(["5"]);
  });

  it("leaves out unknown institutions, and refuses what the specs refuse with a valid error-response", async () => {
    for (const route of ["institutions", "factsheet"] as const) {
      const unknown = await call(route, "hei_id=nowhere.test");
      expect(unknown.status).toBe(200);
      expect(unknown.body).not.toContain("<hei-id>");
      const tooMany = await call(route, `hei_id=${home.schacCode}&hei_id=${PARTNER}`);
      expect(tooMany.status).toBe(400);
      await expectValid("ewp-specs-architecture/common-types.xsd", tooMany.body);
    }
    for (const query of [`hei_id=${home.schacCode}`, `hei_id=${home.schacCode}&ounit_id=a&ounit_code=b`, `hei_id=${PARTNER}&ounit_id=a`]) {
      expect((await call("ounits", query)).status, query).toBe(400);
    }
  });
});

describe("the learning-agreement CNR", () => {
  it("records the agreements a sending institution announces, for its own institution only, and reads them from its node", async () => {
    const omobilityId = `announced-${Date.now()}`;
    const refused = await call("omobility-la-cnr", `sending_hei_id=${home.schacCode}&omobility_id=${omobilityId}`, { method: "POST" });
    expect(refused.status).toBe(400);
    const announced = await call("omobility-la-cnr", `sending_hei_id=${PARTNER}&omobility_id=${omobilityId}`, { method: "POST" });
    expect(announced.status).toBe(200);
    await expectValid("ewp-specs-api-omobility-la-cnr/response.xsd", announced.body);
    // This partner's catalogue entry serves no learning agreements: the reading fails, is kept, and will be tried again.
    const row = await waitFor(() => testDb().incomingLearningAgreement.findFirst({ where: { omobilityId, lastError: { not: null } } }));
    expect(row).toMatchObject({ sendingHeiId: PARTNER, refreshNeeded: true, document: null });
    expect(row.lastError).toContain("does not serve omobility-las");
  });
});

describe("HTTP signatures (ewp-specs-sec-cliauth-httpsig)", () => {
  const echo = `${BASE}/ewp/echo?echo=x`;

  it("refuses an unsigned request with 401 and the challenge, and a request whose signature leaves out x-request-id", async () => {
    const unsigned = await routes.echo.GET!(new Request(echo));
    expect(unsigned.status).toBe(401);
    expect(unsigned.headers.get("www-authenticate")).toBe('Signature realm="EWP"');
    expect(unsigned.headers.get("want-digest")).toBe("SHA-256");
    await expectValid("ewp-specs-architecture/common-types.xsd", await unsigned.text());

    const { headers } = signedRequest(echo, partnerKey);
    const partial = headers.authorization!.replace('headers="(request-target) host date digest x-request-id"', 'headers="(request-target) host date digest"');
    expect((await routes.echo.GET!(new Request(echo, { headers: { ...headers, authorization: partial } }))).status).toBe(401);
  });

  it("refuses an unknown key with 403", async () => {
    expect((await routes.echo.GET!(signedRequest(echo, strangerKey).request)).status).toBe(403);
  });

  it("refuses a date more than five minutes off, a tampered digest or body, a changed signed header, with 400", async () => {
    expect((await routes.echo.GET!(signedRequest(echo, partnerKey, { now: new Date(Date.now() - 6 * 60_000) }).request)).status).toBe(400);
    expect((await call("echo", "", { now: new Date(Date.now() - 4 * 60_000) })).status).toBe(200);

    const post = signedRequest(`${BASE}/ewp/echo`, partnerKey, { method: "POST", body: "echo=a" });
    const tamperedBody = new Request(`${BASE}/ewp/echo`, { method: "POST", headers: post.headers, body: "echo=b" });
    expect((await routes.echo.POST!(tamperedBody)).status).toBe(400);
    const tamperedDigest = new Request(`${BASE}/ewp/echo`, { method: "POST", headers: { ...post.headers, digest: "SHA-256=AAAA" }, body: "echo=a" });
    expect((await routes.echo.POST!(tamperedDigest)).status).toBe(400);

    const get = signedRequest(echo, partnerKey);
    expect((await routes.echo.GET!(new Request(`${BASE}/ewp/echo?echo=y`, { headers: get.headers }))).status).toBe(400);
    expect((await routes.echo.GET!(new Request(echo, { headers: { ...get.headers, "x-request-id": "not-a-uuid" } }))).status).toBe(400);
    const huge = signedRequest(`${BASE}/ewp/echo`, partnerKey, { method: "POST", body: `echo=${"a".repeat(300 * 1024)}` });
    const refused = await routes.echo.POST!(huge.request);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("bytes at most");
    expect((await routes.echo.GET!(new Request(echo, { headers: { ...get.headers, host: "other.test" } }))).status).toBe(400);
  });
});
