import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { request as httpsRequest } from "node:https";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { Client } from "pg";
import { generate } from "selfsigned";
import { canonicalContent } from "@/lib/domain/learning-agreement/content";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { freePort } from "../../scripts/lib/free-port";
import { applyMigrations } from "../../scripts/lib/migrate";
import { agreementContent } from "../support/learning-agreement-content";
import { newKey, writeCatalogue } from "../support/ewp-network";
import { DEMO } from "./support/accounts";
import { DEMO_PASSWORD } from "../../prisma/seed-data";
import { expectAccessible } from "./support/axe";
import { screenshotBothWidths } from "./support/screenshots";
import { uppsalaAndProgramme } from "./support/mobility";
import { stopInstances } from "./support/instances";
import { IMT_MINES_ALES_FACTSHEET } from "../../prisma/factsheet-seed";

/**
 * Two portal instances on loopback, over https, play two institutions of one
 * Erasmus Without Paper network described by one local catalogue file: A is
 * the demo school (mines-ales.fr) sending a student to Uppsala, B is Uppsala's
 * own portal (uu.se) with a database of its own. The learning agreement goes
 * from A to B and back through EWP alone: no e-mailed link.
 */

test.describe.configure({ timeout: 300_000 });

const nodes: Array<{ url: string; process: ChildProcess }> = [];
let tls: { cert: string; dir: string };
let urls: { a: string; b: string };
let databaseB: { url: string; drop: () => Promise<void> };

function healthy(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = httpsRequest(`${url}/api/health`, { ca: tls.cert }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on("error", () => resolve(false));
    request.end();
  });
}

async function untilHealthy(url: string): Promise<void> {
  await expect.poll(() => healthy(url), { timeout: 180_000, intervals: [500] }).toBe(true);
}

/** Uppsala's portal: migrated, its institution set up, one person in its international office (the demo password). */
async function uppsalaDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `erasmus_ewp_uppsala_${process.pid}_${Date.now()}`;
  const admin = new Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${name}`;
  applyMigrations(url.toString());
  const a = createDatabaseClient(process.env.DATABASE_URL!);
  const b = createDatabaseClient(url.toString());
  const { passwordHash } = await a.user.findUniqueOrThrow({ where: { email: DEMO.internationalOffice }, omit: { passwordHash: false } });
  await b.homeInstitution.create({ data: { name: "Uppsala universitet", erasmusCode: "S UPPSALA01", schacCode: "uu.se", countryCode: "SE", city: "Uppsala" } });
  await b.user.create({ data: { email: "international@uu.test", name: "Anna Lindqvist", role: "INTERNATIONAL_OFFICE", locale: "en", passwordHash } });
  // Uppsala's own fact sheet, which the demo school's catalogue reads through EWP.
  const content = {
    ...IMT_MINES_ALES_FACTSHEET,
    applicationInfo: { email: "incoming@uu.test", phone: "+46 18 471 00 00", website: "https://www.uu.se/en/admissions" },
  };
  await b.factSheet.create({ data: { erasmusCode: "S UPPSALA01", content } });
  await Promise.all([a.$disconnect(), b.$disconnect()]);
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.end();
    },
  };
}

test.beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "ewp-exchange-"));
  const certificate = await generate([{ name: "commonName", value: "localhost" }], { keySize: 2048, algorithm: "sha256" });
  writeFileSync(path.join(dir, "cert.pem"), certificate.cert);
  writeFileSync(path.join(dir, "key.pem"), certificate.private);
  tls = { cert: certificate.cert, dir };
  const [portA, portB] = [await freePort(), await freePort()];
  urls = { a: `https://localhost:${portA}`, b: `https://localhost:${portB}` };
  const keys = { a: newKey(), b: newKey() };
  const catalogue = writeCatalogue([
    { heiId: "mines-ales.fr", key: keys.a, baseUrl: urls.a },
    { heiId: "uu.se", key: keys.b, baseUrl: urls.b },
  ]);
  databaseB = await uppsalaDatabase();
  for (const [node, port, databaseUrl] of [
    ["a", portA, process.env.DATABASE_URL!],
    ["b", portB, databaseB.url],
  ] as const) {
    const child = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXTAUTH_URL: urls[node],
        TLS_CERT_FILE: path.join(dir, "cert.pem"),
        TLS_KEY_FILE: path.join(dir, "key.pem"),
        // Each node calls the other over https: it trusts the test network's certificate.
        NODE_EXTRA_CA_CERTS: path.join(dir, "cert.pem"),
        EWP_PRIVATE_KEY: keys[node].export({ type: "pkcs8", format: "pem" }).toString(),
        EWP_ADMIN_EMAIL: `ewp@${node}.test`,
        EWP_REGISTRY_CATALOGUE: catalogue,
        // The suite's own server delivers the other tests' mail; these two only send what they cause.
        OUTBOX_INTERVAL_MS: String(60 * 60 * 1000),
      },
      // Each node's own output, attached to the report when the test fails.
      stdio: ["ignore", openSync(path.join(dir, `${node}.log`), "a"), openSync(path.join(dir, `${node}.log`), "a")],
      detached: true,
    });
    nodes.push({ url: urls[node], process: child });
  }
  await Promise.all(nodes.map((n) => untilHealthy(n.url)));
});

test.afterEach(async ({}, testInfo) => {
  if (testInfo.status === testInfo.expectedStatus) return;
  for (const node of ["a", "b"]) await testInfo.attach(`node ${node}`, { body: readFileSync(path.join(tls.dir, `${node}.log`)), contentType: "text/plain" });
  const [a, b] = [createDatabaseClient(process.env.DATABASE_URL!), createDatabaseClient(databaseB.url)];
  const state = { notifications: await a.ewpNotification.findMany(), received: await b.incomingLearningAgreement.findMany() };
  await Promise.all([a.$disconnect(), b.$disconnect()]);
  await testInfo.attach("EWP state", { body: JSON.stringify(state, null, 2), contentType: "text/plain" });
});

test.afterAll(async () => {
  await stopInstances(nodes);
  await databaseB?.drop();
});

/** A student of the demo school going to Uppsala, whose first learning agreement they proposed (and so signed). */
async function proposedAgreement(lastName: string): Promise<{ applicationId: string; agreementId: string }> {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const { partner, programme } = await uppsalaAndProgramme(db);
    const { passwordHash } = await db.user.findUniqueOrThrow({ where: { email: DEMO.student }, omit: { passwordHash: false } });
    const student = await db.user.create({
      data: { email: `${lastName.toLowerCase()}@student.test`, name: `Ada ${lastName}`, role: "STUDENT", locale: "en", passwordHash },
    });
    const round = await db.applicationRound.create({
      data: {
        name: `EWP ${lastName}`,
        academicYear: "2027-2028",
        semesters: ["AUTUMN"],
        opensAt: new Date("2027-01-01"),
        deadline: new Date("2027-03-01"),
        destinations: { create: [{ partnerInstitutionId: partner.id, places: 2 }] },
      },
    });
    const application = await db.outgoingApplication.create({
      data: {
        studentId: student.id,
        roundId: round.id,
        programmeId: programme.id,
        status: "NOMINATED",
        firstName: "Ada",
        lastName,
        birthDate: new Date("2005-03-14"),
        nationality: "FR",
        choices: {
          create: [{ rank: 1, partnerInstitutionId: partner.id, semesters: ["AUTUMN"], startDate: new Date("2027-09-01"), endDate: new Date("2028-01-31") }],
        },
      },
    });
    const agreement = await db.learningAgreement.create({ data: { applicationId: application.id } });
    await proposeVersion(agreement.id, 1, `Ada ${lastName}`, student.email);
    return { applicationId: application.id, agreementId: agreement.id };
  } finally {
    await db.$disconnect();
  }
}

/** The student proposes a version of their first agreement, which carries their signature. */
async function proposeVersion(agreementId: string, number: number, name: string, email: string): Promise<void> {
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const content = agreementContent("anna@uu.test");
    if (number > 1) content.components.studied[1] = { id: "b2", losCode: "1DL210", title: "Big data mining", term: "AUTUMN", credits: 15 };
    const contentHash = createHash("sha256")
      .update(canonicalContent({ content, changes: null }))
      .digest("hex");
    await db.learningAgreementVersion.create({
      data: {
        agreementId,
        number,
        kind: "FIRST",
        state: "PROPOSED",
        content,
        contentHash,
        proposedAt: new Date(),
        signatures: { create: { party: "STUDENT", signerName: name, signerPosition: "Student", signerEmail: email, signerApp: "erasmus-portal", contentHash } },
      },
    });
  } finally {
    await db.$disconnect();
  }
}

async function signedInAt(browser: Browser, baseURL: string, email: string, locale = "en-GB") {
  const page = await (await browser.newContext({ baseURL, ignoreHTTPSErrors: true, locale })).newPage();
  await page.goto("/sign-in");
  await page.getByLabel(locale.startsWith("fr") ? "Adresse électronique" : "E-mail address").fill(email);
  await page.getByLabel(locale.startsWith("fr") ? "Mot de passe" : "Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: locale.startsWith("fr") ? "Se connecter" : "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
  return page;
}

test("a learning agreement goes from one portal to another through EWP: commented, proposed again, approved, and shown signed on the sending side", async ({
  browser,
}) => {
  const lastName = `Ewp${Date.now().toString(36)}`;
  const { applicationId, agreementId } = await proposedAgreement(lastName);

  // A: the home coordinator sees the agreement travels through EWP, and signs: no host to pick, no link to send.
  const home = await signedInAt(browser, urls.a, DEMO.internationalOffice);
  await home.goto(`/coordinator/applications/${applicationId}/learning-agreement`);
  await expect(home.getByTestId("agreement-route")).toContainText("travels through Erasmus Without Paper to uu.se");
  await expect(home.getByLabel("Send the host institution's signing link to")).toHaveCount(0);
  await home.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(home.getByText("You signed version 1 for the home institution.")).toBeVisible();

  // B, in French: Uppsala's international office finds the proposal its node read after A's notification, and comments it.
  const host = await signedInAt(browser, urls.b, "international@uu.test", "fr-FR");
  await expect(async () => {
    await host.goto("/coordinator/incoming-learning-agreements");
    await expect(host.getByTestId("incoming-agreement").filter({ hasText: `Ada ${lastName}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await expect(host.getByRole("heading", { name: "Contrats d'études des partenaires" })).toBeVisible();
  const card = host.getByTestId("incoming-agreement").filter({ hasText: `Ada ${lastName}` });
  await expect(card).toContainText("De mines-ales.fr");
  await expect(card).toContainText("Compilers");
  await expectAccessible(host, "incoming learning agreements");
  await screenshotBothWidths(host, "incoming-learning-agreements");
  await card.getByLabel("Votre fonction").fill("Coordinatrice Erasmus");
  await card.getByRole("button", { name: "Commenter et renvoyer" }).click();
  await card.getByLabel("Votre commentaire à l'établissement d'origine").fill("Compilers n'est pas ouvert à l'automne.");
  await card.getByRole("button", { name: "Envoyer le commentaire" }).click();
  // The proposal it answered is gone from the sending node: what stays is the answer, and nothing left to do.
  await expect(card).toContainText("Vous avez commenté le");
  await expect(card).toContainText("Compilers n'est pas ouvert à l'automne.");
  await expect(card).toContainText("L'établissement d'origine n'a rien en cours pour vous");

  // A: the comment shows as the receiving institution's rejection.
  await home.reload();
  await expect(home.getByText("Rejected by Anna Lindqvist: Compilers n'est pas ouvert à l'automne.")).toBeVisible();

  // The student proposes again; A signs; B approves the new proposal.
  await proposeVersion(agreementId, 2, `Ada ${lastName}`, `${lastName.toLowerCase()}@student.test`);
  await home.reload();
  await home.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(home.getByText("You signed version 2 for the home institution.")).toBeVisible();
  await expect(async () => {
    await host.reload();
    await expect(card).toContainText("Big data mining", { timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await card.getByLabel("Votre fonction").fill("Coordinatrice Erasmus");
  await card.getByRole("button", { name: "Approuver et signer" }).click();
  await expect(card).toContainText("Vous avez approuvé le");

  // A: agreed by all three, the receiving institution's signature made in its own system.
  await home.reload();
  await expect(home.getByText("Anna Lindqvist").first()).toBeVisible();
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  try {
    const agreed = await db.learningAgreementVersion.findFirstOrThrow({ where: { agreementId, number: 2 }, include: { signatures: true } });
    expect(agreed.state).toBe("AGREED");
    expect(agreed.signatures.find((s) => s.party === "RECEIVING")).toMatchObject({
      signerName: "Anna Lindqvist",
      signerPosition: "Coordinatrice Erasmus",
      signerApp: "erasmus-portal",
    });
    expect(await db.hostSigningInvitation.count({ where: { agreementId } })).toBe(0);
  } finally {
    await db.$disconnect();
  }
  // B: the first version, signed by all three, and nothing left to answer.
  await host.reload();
  await expect(card).toContainText("Première version, signée par les trois");
  await expect(card.getByRole("button", { name: "Approuver et signer" })).toHaveCount(0);
});

test("the destination catalogue shows a partner's fact sheet as the partner's own system serves it through EWP", async ({ browser }) => {
  const visitor = await (await browser.newContext({ baseURL: urls.a, ignoreHTTPSErrors: true })).newPage();
  const uppsala = visitor.getByTestId("destination").filter({ hasText: "Uppsala universitet" }).first();
  // The first visit asks Uppsala's node; a later one shows what it answered.
  await expect(async () => {
    await visitor.goto("/destinations");
    await expect(uppsala.getByTestId("ewp-factsheet")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });
  await uppsala.getByText("From Uppsala universitet's own system (Erasmus Without Paper)").click();
  await expect(uppsala).toContainText("Applications: incoming@uu.test");
  await expect(uppsala).toContainText("Applications due: 31 May for the autumn semester");
  await expect(uppsala).toContainText("transcript of records within 5 weeks");
  await expectAccessible(visitor, "destinations with a partner's EWP fact sheet");
});
