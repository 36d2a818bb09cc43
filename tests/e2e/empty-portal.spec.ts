import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { freePort } from "../../scripts/lib/free-port";
import { applyMigrations } from "../../scripts/lib/migrate";
import { PARTNER_CSV_COLUMNS } from "../../lib/domain/partner/partner-csv";
import { expectAccessible } from "./support/axe";
import { linkIn, mailTo } from "./support/mail";
import { signUpNewStudent } from "./support/sign-up";
import { fillApplication, uploadPiecesAndSubmit } from "./support/application-flow";

/*
 * A second portal on a database of its own, started with nothing in it, as
 * `SEED=none npm start` leaves it: everything the year needs is made here
 * through its screens. Its mail goes to the suite's receiver, read through
 * the main portal's mailbox.
 */
test.describe.configure({ timeout: 240_000 });

let portal: { url: string; process: ChildProcess; databaseUrl: string };

const isoDay = (date: Date) => date.toISOString().slice(0, 10);
const academicYearStartingAfter = (date: Date) => {
  const year = date.getUTCMonth() >= 8 ? date.getUTCFullYear() + 1 : date.getUTCFullYear();
  return `${year}-${year + 1}`;
};

async function untilHealthy(url: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} never became healthy`);
}

test.beforeAll(async () => {
  const base = new URL(process.env.DATABASE_URL!);
  const name = `erasmus_empty_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  base.pathname = `/${name}`;
  const databaseUrl = base.toString();
  applyMigrations(databaseUrl);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const child = spawn("npx", ["tsx", "scripts/serve.ts", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXTAUTH_URL: url, STORAGE_DIR: mkdtempSync(path.join(os.tmpdir(), "erasmus-empty-")) },
    stdio: "ignore",
    detached: true,
  });
  portal = { url, process: child, databaseUrl };
  await untilHealthy(url);
});

test.afterAll(async () => {
  const child = portal?.process;
  if (!child?.pid || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  process.kill(-child.pid, "SIGTERM");
  await exited;
});

/** The invited person opens the e-mailed link and chooses a password; the page speaks their browser's language. */
async function acceptInvitation(page: Page, email: string, password: string, words: { heading: string; password: string; button: string }) {
  const [mail] = await mailTo(page.context().browser()!, email, "Erasmus+");
  await page.goto(linkIn(mail!, /\/invitation\//));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(words.heading);
  await page.getByLabel(words.password).fill(password);
  await page.getByRole("button", { name: words.button }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

test("from an empty portal, the first administrator brings in the staff, the office sets up partners and a round, and a student's application reaches the coordinator", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const password = "a long enough passphrase";
  const people = {
    admin: `first-admin-${stamp}@home.test`,
    office: `office-${stamp}@home.test`,
    coordinator: `coordinator-${stamp}@home.test`,
  };

  // The command printed at start invites the first administrator: no default password anywhere.
  const created = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/admin-create.ts", people.admin, "Alice", "Admin"], {
    env: { ...process.env, DATABASE_URL: portal.databaseUrl, NEXTAUTH_URL: portal.url },
    encoding: "utf8",
  });
  expect(created.status, created.stderr).toBe(0);
  const adminLink = created.stdout.match(/http\S+\/invitation\/\S+/)![0];
  const admin = await (await browser.newContext()).newPage();
  await admin.goto(adminLink);
  await admin.getByLabel("Password").fill(password);
  await admin.getByRole("button", { name: "Open my account" }).click();
  await expect(admin.getByTestId("signed-in-as")).toBeVisible();

  // The institution, then a department with its programme.
  await admin.getByRole("link", { name: "Institution" }).click();
  await admin.getByLabel("Name", { exact: true }).fill("École des Mines d'essai");
  await admin.getByLabel("Erasmus code").fill("F ESSAI01");
  await admin.getByLabel("SCHAC code").fill("mines-essai.fr");
  await admin.getByLabel("Country").selectOption("FR");
  await admin.getByLabel("City").fill("Alès");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Institution saved.")).toBeVisible();
  await expect(admin.getByRole("banner")).toContainText("École des Mines d'essai");
  await admin.getByRole("link", { name: "Departments" }).click();
  const create = admin.locator("section", { has: admin.getByRole("heading", { name: "New department" }) });
  await create.getByLabel("Department").fill("Informatique");
  await create.getByRole("button", { name: "Add" }).click();
  await expect(create.getByText("Department saved.")).toBeVisible();
  const newProgramme = admin.getByRole("group", { name: "New programme in Informatique" });
  await newProgramme.getByLabel("Programme").fill("Ingénieur Intelligence artificielle et génie logiciel");
  await newProgramme.getByLabel("Subject area (ISCED-F)").fill("0613");
  await newProgramme.getByRole("button", { name: "Add" }).click();
  await expect(newProgramme.getByText("Programme saved.")).toBeVisible();

  // The staff: an international-office member, and a coordinator of the department who reads French.
  await admin.getByRole("link", { name: "Staff" }).click();
  for (const [email, role, locale] of [
    [people.office, "INTERNATIONAL_OFFICE", "en"],
    [people.coordinator, "DEPARTMENTAL_COORDINATOR", "fr"],
  ] as const) {
    await admin.getByLabel("Full name").fill(role === "INTERNATIONAL_OFFICE" ? "Olivia Office" : "Claude Coordinateur");
    await admin.getByLabel("E-mail address").fill(email);
    await admin.getByLabel("Role", { exact: true }).selectOption(role);
    if (role === "DEPARTMENTAL_COORDINATOR") await admin.getByLabel("Department").selectOption({ label: "Informatique" });
    await admin.getByLabel("Language of the invitation").selectOption(locale);
    await admin.getByRole("button", { name: "Send the invitation" }).click();
    await expect(admin.getByText(new RegExp(`<${email}>`))).toBeVisible();
  }

  const office = await (await browser.newContext()).newPage();
  await acceptInvitation(office, people.office, password, { heading: "Open your account", password: "Password", button: "Open my account" });
  const coordinator = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await acceptInvitation(coordinator, people.coordinator, password, { heading: "Ouvrir votre compte", password: "Mot de passe", button: "Ouvrir mon compte" });

  // The office adds the partner and its agreement from a CSV file, then creates the round and takes its destinations from the agreement.
  const academicYear = academicYearStartingAfter(new Date());
  const first = Number(academicYear.slice(0, 4));
  const partner = 'S UPPSALA01,Uppsala universitet,uu.se,SE,Uppsala,https://www.uu.se,"sv, en",Anna Lindqvist <anna@uu.test> INSTITUTIONAL_COORDINATOR en';
  const csv = [
    PARTNER_CSV_COLUMNS.join(","),
    `${partner},${academicYear},${first + 1}-${first + 2},SIGNED,OUTGOING,0613,6 7,2,5,en,B2,Informatique`,
    `${partner},${academicYear},${first + 1}-${first + 2},SIGNED,INCOMING,0613,7,2,5,,,`,
  ].join("\n");
  await office.getByRole("link", { name: "Partners" }).click();
  await expect(office.getByText("No partner institution is registered yet.")).toBeVisible();
  await office.getByLabel("CSV file of partners and agreements").setInputFiles({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await office.getByRole("button", { name: "Import" }).click();
  await expect(office.getByText("Imported: 1 partner and 1 agreement added or changed, 0 unchanged.")).toBeVisible();
  await expect(office.getByRole("link", { name: "Edit Uppsala universitet" })).toBeVisible();

  await office.getByRole("link", { name: "Rounds" }).click();
  await office.getByRole("link", { name: "New round" }).click();
  await office.getByLabel("Name").fill(`Erasmus+ ${academicYear}`);
  await office.getByLabel("Academic year").fill(academicYear);
  await office.getByLabel("Opens on").fill(isoDay(new Date()));
  await office.getByLabel("Last day to apply").fill(isoDay(new Date(Date.now() + 60 * 86_400_000)));
  await office.getByRole("button", { name: "Save" }).click();
  await expect(office.getByText("Round created: add its destinations below.")).toBeVisible();
  const destinations = office.locator("section", { has: office.getByRole("heading", { name: "Destinations and places" }) });
  await destinations.getByRole("button", { name: "Take the partner and places from the signed agreements" }).click();
  await expect(destinations.getByLabel("Places")).toHaveValue("2");
  await destinations.getByRole("button", { name: "Save" }).click();
  await expect(destinations.getByText("Destinations saved.")).toBeVisible();

  // A student signs up, reads the catalogue and applies to that destination.
  const student = await (await browser.newContext()).newPage();
  const person = await signUpNewStudent(student, "Empty", portal.url);
  await student.goto(`${portal.url}/destinations`);
  const uppsala = student.getByTestId("destination").filter({ hasText: "Uppsala universitet" });
  await expect(uppsala).toContainText("2 places");
  await expect(uppsala.getByTestId("agreed")).toContainText("Agreed for subject area 0613");
  await expectAccessible(student, "catalogue of a portal set up in the browser");
  await student.goto(`${portal.url}/student`);
  await fillApplication(student, `Empty${stamp}`);
  await uploadPiecesAndSubmit(student);

  // The coordinator sees it on their dashboard, in French.
  await coordinator.goto(`${portal.url}/coordinator`);
  await expect(coordinator.getByRole("heading", { level: 1 })).toHaveText("Tableau de bord des coordonnateurs");
  const row = coordinator.getByRole("row", { name: new RegExp(`Empty${stamp}`, "i") });
  await expect(row).toContainText("Uppsala universitet");
  await expect(row).toContainText("Envoyée");
  expect(person.email).toContain("@student.test");
});
