import { expect, test, type Browser } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { signUpNewStudent } from "./support/sign-up";
import { fillApplication, uploadPiecesAndSubmit } from "./support/application-flow";
import { expectAccessible } from "./support/axe";
import { acceptApplicationPieces, decide } from "./support/coordinator";
import { linkIn, mailTo, openMailbox } from "./support/mail";
import { readyToLeave } from "./support/mobility";
import { createDatabaseClient } from "@/lib/server/db/create-client";
import { screenshotBothWidths } from "./support/screenshots";

// Five minutes: three signatures, a change and a second round of signatures took three on a loaded two-core runner.
test.describe.configure({ timeout: 300_000 });

/** The host's newest signing link for this student, read from the portal's captured mail. */
async function hostLink(browser: Browser, lastName: string, seen: string[]): Promise<string> {
  // Each invitation is a new e-mail: wait for one more than the links already used.
  const [newest] = await mailTo(browser, DEMO.host, lastName, { count: seen.length + 1 });
  const link = linkIn(newest!, /\/la\/sign\//);
  expect(seen).not.toContain(link);
  seen.push(link);
  return link;
}

async function hostSigns(browser: Browser, link: string, { firstTime }: { firstTime: boolean }) {
  const host = await (await browser.newContext()).newPage();
  await host.goto(link);
  // Anna's contact language is English: the link says so, whatever the browser asks for.
  expect(new URL(link).searchParams.get("lang")).toBe("en");
  await expect(host.locator("html")).toHaveAttribute("lang", "en");
  if (firstTime) {
    await expectAccessible(host, "host signing page");
    await screenshotBothWidths(host, "host-signing");
  }
  // The whole agreement is in view before signing: the mobility, its contacts and the commitment, not only the tables.
  const mobility = host.getByTestId("agreement-mobility");
  await expect(mobility).toContainText("Academic year");
  await expect(mobility).toContainText(`Anna Lindqvist <${DEMO.host}>`);
  await expect(mobility).toContainText("Recognition commitment");
  await host.getByLabel("Your name").fill("Anna Lindqvist");
  await host.getByLabel("Your position").fill("Erasmus coordinator");
  await host.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(host.getByText("Signed.")).toBeVisible();
  // Once signed, the page shows the signature, and no sign button is left.
  await expect(host.getByRole("button", { name: "Sign", exact: true })).toHaveCount(0);
  await expect(host.getByText("Not signed yet")).toHaveCount(0);
  await host.goto(link);
  await expect(host.getByText("This link has already been used.")).toBeVisible();
  await host.close();
}

/** A new student who applied and whom the coordinator (signed in, on the dossier) selected and nominated. */
async function nominatedApplicant(browser: Browser, label: string, lastName: string) {
  const student = await (await browser.newContext()).newPage();
  const account = await signUpNewStudent(student, label);
  await fillApplication(student, lastName);
  await uploadPiecesAndSubmit(student);
  const applicationUrl = student.url();

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.goto(`/coordinator?q=${lastName}`);
  await coordinator.getByRole("link", { name: new RegExp(lastName, "i") }).click();
  await coordinator.waitForURL(/\/coordinator\/applications\/[^/]+$/);
  const dossierUrl = coordinator.url();
  await acceptApplicationPieces(coordinator);
  await decide(coordinator, "SELECTED");
  await decide(coordinator, "NOMINATED");
  return { student, account, applicationUrl, coordinator, dossierUrl };
}

test("a learning agreement is drafted, signed by all three through the e-mailed host link, then changed during the mobility", async ({ browser }) => {
  const lastName = `Agreement${Date.now().toString(36)}`;
  const { student, applicationUrl, coordinator, dossierUrl } = await nominatedApplicant(browser, "Maelle", lastName);

  // The student drafts: contacts and dates come from the application; credits are checked as they type.
  await student.goto(`${applicationUrl}/learning-agreement`);
  await expect(student.getByLabel("Host contact e-mail")).toHaveValue(DEMO.host);
  await expectAccessible(student, "learning agreement editor");
  // A first draft is thrown away: the student starts again from a blank one.
  await student.getByLabel("Receiving department").fill("Wrong department");
  await student.getByLabel("Recognition commitment").fill("To be written.");
  await student.getByRole("button", { name: "Save the draft" }).click();
  await expect(student.getByText("Draft saved.")).toBeVisible();
  await student.getByRole("button", { name: "Delete this learning agreement" }).click();
  await student.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(student.getByRole("button", { name: "Delete this learning agreement" })).toHaveCount(0);
  await expect(student.getByLabel("Receiving department")).toHaveValue("");
  await expect(student.getByLabel("Recognition commitment")).toHaveValue("");
  await student.getByLabel("Receiving department").fill("Department of Information Technology");
  const tableA = student.locator('[data-table="studied"]');
  await tableA.getByRole("button", { name: "Add a component" }).click();
  await tableA.getByLabel("Code").nth(0).fill("1DL610");
  await tableA.getByLabel("Title").nth(0).fill("Distributed systems");
  await tableA.getByLabel("ECTS").nth(0).fill("15");
  await expect(student.getByTestId("credit-warnings")).toContainText("The host semester has 15 ECTS: under the usual 30.");
  await tableA.getByRole("button", { name: "Add a component" }).click();
  await tableA.getByLabel("Code").nth(1).fill("1DL321");
  await tableA.getByLabel("Title").nth(1).fill("Compilers");
  await tableA.getByLabel("ECTS").nth(1).fill("15");
  const tableB = student.locator('[data-table="recognized"]');
  await tableB.getByRole("button", { name: "Add a component" }).click();
  await tableB.getByLabel("Code").fill("M1S1");
  await tableB.getByLabel("Title").fill("Master 1, semester 1");
  await tableB.getByLabel("ECTS").fill("30");
  await expect(student.getByTestId("credit-warnings")).toBeEmpty();
  await student.getByLabel("Recognition commitment").fill("The 30 ECTS of table A replace semester 1 of the engineering degree.");
  await student.getByRole("button", { name: "Propose and sign" }).click();
  await expect(student.getByText("Proposed and signed")).toBeVisible();
  await expect(student.getByTestId("version-1-state")).toHaveText("Awaiting signatures");

  await coordinator.goto(`${dossierUrl}/learning-agreement`);
  await expect(coordinator.getByLabel("Send the host institution's signing link to")).toContainText(`Anna Lindqvist <${DEMO.host}>`);
  await coordinator.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(coordinator.getByText("You signed version 1 for the home institution.")).toBeVisible();
  await expectAccessible(coordinator, "coordinator learning agreement");
  await screenshotBothWidths(coordinator, "coordinator-learning-agreement");

  const links: string[] = [];
  await hostSigns(browser, await hostLink(browser, lastName, links), { firstTime: true });

  await student.reload();
  await expect(student.getByTestId("version-1-state")).toHaveText("Signed by all three");
  await expect(student.getByTestId("version-1-signatures")).toContainText("Anna Lindqvist, Erasmus coordinator");
  await expect(student.getByTestId("version-1-signatures").getByText("Signed this version's exact text")).toHaveCount(3);
  const download = student.waitForEvent("download");
  await student.getByRole("link", { name: "Download the signed PDF" }).click();
  expect((await download).suggestedFilename()).toBe("learning-agreement-v1.pdf");
  await student.goto(applicationUrl);
  await expect(student.getByTestId("application-status")).toHaveText("Learning agreement signed");

  // During the mobility: after arrival the student changes the programme, and all three sign again.
  const applicationId = /applications\/([^/?#]+)/.exec(applicationUrl)![1]!;
  await readyToLeave(applicationId);
  await coordinator.goto(dossierUrl);
  await decide(coordinator, "DEPARTED");
  await decide(coordinator, "ARRIVED");
  await student.goto(`${applicationUrl}/learning-agreement`);
  // A click before the page has hydrated is undone by React (the #19 "lost first click"): retry until the box holds.
  await expect(async () => {
    await student.getByLabel(/Delete: 1DL321/).check({ timeout: 2_000 });
  }).toPass({ timeout: 15_000 });
  await student.getByLabel("Reason for deleting Compilers").selectOption("timetable-conflict");
  await student.getByRole("button", { name: "Add a component" }).click();
  const insertion = student.getByTestId("insertion");
  await insertion.getByLabel("Code").fill("1DL301");
  await insertion.getByLabel("Title").fill("Database design");
  await insertion.getByLabel("ECTS").fill("15");
  await student.getByRole("button", { name: "Propose these changes" }).click();
  await expect(student.getByText("Your proposed changes are signed by you and await the signatures of the home and host institutions.")).toBeVisible();
  await expectAccessible(student, "learning agreement history");
  await screenshotBothWidths(student, "learning-agreement-history");
  await expect(student.getByTestId("version-2-state")).toHaveText("Awaiting signatures");

  await coordinator.goto(`${dossierUrl}/learning-agreement`);
  await coordinator.getByRole("button", { name: "Sign", exact: true }).click();
  await expect(coordinator.getByText("You signed version 2 for the home institution.")).toBeVisible();
  // The link went to the wrong person: the coordinator withdraws it and sends a new one.
  const withdrawn = await hostLink(browser, lastName, links);
  const invitations = coordinator.locator("section", { has: coordinator.getByRole("heading", { name: "Host invitations" }) });
  await expect(invitations.getByRole("listitem").filter({ hasText: DEMO.host })).toBeVisible();
  await invitations.getByRole("button", { name: "Revoke" }).click();
  await expect(invitations.getByText("No link is open: the host cannot sign until you send a new one.")).toBeVisible();
  const host = await (await browser.newContext()).newPage();
  await host.goto(withdrawn);
  await expect(host.getByText("This link has been withdrawn by the sending institution.")).toBeVisible();
  await host.close();
  await invitations.getByRole("button", { name: "Send the host a new link" }).click();
  await expect(invitations.getByRole("listitem").filter({ hasText: DEMO.host })).toBeVisible();
  await hostSigns(browser, await hostLink(browser, lastName, links), { firstTime: false });

  await student.reload();
  await expect(student.getByTestId("version-2-state")).toHaveText("Signed by all three");
  await expect(student.getByTestId("version-1-state")).toHaveText("Signed by all three");
  const version2 = student.locator('[data-version="2"]');
  await expect(version2.getByText(/1DL301 · Database design.*\(added\)/)).toBeVisible();
  await expect(version2.getByText(/1DL321 · Compilers.*\(removed\)/)).toBeVisible();

  // Once the link would have expired, a used link no longer shows the agreement.
  const db = createDatabaseClient(process.env.DATABASE_URL!);
  await db.hostSigningInvitation.updateMany({
    where: { agreement: { applicationId }, usedAt: { not: null } },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  await db.$disconnect();
  const late = await (await browser.newContext()).newPage();
  await late.goto(links.at(-1)!);
  await expect(late.getByText("This link has already been used.")).toBeVisible();
  await expect(late.getByTestId("agreement-mobility")).toHaveCount(0);
  await late.close();

  // Signature hashes in the timeline and the versions wrap: neither the dossier nor the agreement is wider than a phone or a window.
  for (const [url, width] of [
    [dossierUrl, 390],
    [`${dossierUrl}/learning-agreement`, 390],
    [dossierUrl, 1280],
  ] as const) {
    await coordinator.setViewportSize({ width, height: 900 });
    await coordinator.goto(url);
    await expect.poll(() => coordinator.evaluate(() => document.documentElement.scrollWidth), { message: `${url} at ${width} px` }).toBeLessThanOrEqual(width);
  }
});

test("a student who names themselves as the host's contact never receives the host's signing link", async ({ browser }) => {
  const lastName = `Forger${Date.now().toString(36)}`;
  const { student, account, applicationUrl, coordinator, dossierUrl } = await nominatedApplicant(browser, "Mallory", lastName);

  // The attack: the student writes their own address as the host's contact and proposes.
  await student.goto(`${applicationUrl}/learning-agreement`);
  await student.getByLabel("Host contact e-mail").fill(account.email);
  await student.getByLabel("Receiving department").fill("Department of Information Technology");
  const tableA = student.locator('[data-table="studied"]');
  await tableA.getByRole("button", { name: "Add a component" }).click();
  await tableA.getByLabel("Code").fill("1DL610");
  await tableA.getByLabel("Title").fill("Distributed systems");
  await tableA.getByLabel("ECTS").fill("30");
  const tableB = student.locator('[data-table="recognized"]');
  await tableB.getByRole("button", { name: "Add a component" }).click();
  await tableB.getByLabel("Code").fill("M1S1");
  await tableB.getByLabel("Title").fill("Master 1, semester 1");
  await tableB.getByLabel("ECTS").fill("30");
  await student.getByLabel("Recognition commitment").fill("The 30 ECTS of table A replace semester 1.");
  await student.getByRole("button", { name: "Propose and sign" }).click();
  await expect(student.getByText("Proposed and signed")).toBeVisible();

  // The home coordinator, reading in French, can send the link only to the partner's registered people.
  await coordinator.goto(`${dossierUrl}/learning-agreement`);
  await coordinator.getByRole("button", { name: "Français" }).click();
  const recipient = coordinator.getByLabel("Envoyer le lien de signature de l'établissement d'accueil à");
  await expect(recipient).toContainText(`Anna Lindqvist <${DEMO.host}>`);
  await expect(recipient).not.toContainText(account.email);
  await expectAccessible(coordinator, "coordinator learning agreement in French");
  await coordinator.getByRole("button", { name: "Signer", exact: true }).click();
  await expect(coordinator.getByText("Vous avez signé la version 1 pour l'établissement d'origine.")).toBeVisible();

  await hostLink(browser, lastName, []);
  const mailbox = await openMailbox(browser);
  try {
    const toStudent = await mailbox.find(account.email, "");
    expect(toStudent.some((mail) => mail.body.includes("/la/sign/"))).toBe(false);
  } finally {
    await mailbox.close();
  }
});
