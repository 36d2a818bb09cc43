import { readFile } from "node:fs/promises";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { DEMO, signIn } from "./support/accounts";
import { FAKE_PDF_FILE, PDF_FILE } from "./support/files";
import { expectAccessible } from "./support/axe";
import { screenshotBothWidths } from "./support/screenshots";
import { linkIn, mailTo } from "./support/mail";

test("a browser that asks for Swedish or Italian reads the portal in English, one that asks for French in French", async ({ browser }) => {
  for (const [locale, heading] of [
    ["sv-SE", "Study at IMT Mines Alès as an exchange student"],
    ["it-IT", "Study at IMT Mines Alès as an exchange student"],
    ["fr-FR", "Étudier à IMT Mines Alès en échange"],
  ] as const) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto("/incoming");
    await expect(page.getByRole("heading", { level: 1 }), locale).toHaveText(heading);
    await page.goto("/eligibility");
    await expect(page.locator("html"), locale).toHaveAttribute("lang", locale === "fr-FR" ? "fr" : "en");
    await context.close();
  }
});

test("a visitor reads the information page in both languages and finds the next deadline", async ({ page }) => {
  await page.goto("/incoming");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study at IMT Mines Alès as an exchange student");
  await expect(page.getByTestId("next-deadline")).toContainText(/(\d+ days left|Last day today)/);
  await expect(page.getByTestId("next-deadline")).toContainText(/apply by (30 November|31 May)/);
  await expect(page.getByText("30 ECTS credits per semester")).toBeVisible();
  await expect(page.getByText("Maison des Élèves: about 300–400 € per month")).toBeVisible();
  await expect(page.getByRole("cell", { name: "Fail: the module is not passed" })).toBeVisible();

  await expect(page.getByTestId("course")).toHaveCount(6);
  const filter = page.getByRole("group", { name: "Show courses taught in" });
  await filter.getByRole("button", { name: "English" }).click();
  await expect(page.getByTestId("course")).toHaveCount(3);
  await expect(page.getByTestId("course").first()).toContainText("French, English");
  await expect(filter.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/\/incoming\?teaching=en$/);
  await page.reload();
  await expect(page.getByTestId("course")).toHaveCount(3);
  await filter.getByRole("button", { name: "any language" }).click();
  await expect(page.getByTestId("course")).toHaveCount(6);
  await expect(page).toHaveURL(/\/incoming$/);

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Étudier à IMT Mines Alès en échange");
  await expect(page.getByTestId("next-deadline")).toContainText(/(encore \d+ jours|Dernier jour)/);
  await expect(page.getByText("30 crédits ECTS par semestre")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study at IMT Mines Alès as an exchange student");
});

test("the information page is served from the cache in the reader's language, and still knows who is signed in", async ({ page, request }) => {
  const english = await request.get("/incoming", { headers: { "accept-language": "en-GB,en;q=0.9" } });
  expect(await english.text()).toContain("Study at IMT Mines Alès as an exchange student");
  const french = await request.get("/incoming", { headers: { "accept-language": "fr-FR,fr;q=0.9" } });
  expect(await french.text()).toContain("Étudier à IMT Mines Alès en échange");
  expect((await request.get("/de/incoming")).status()).toBe(404);

  await signIn(page, DEMO.student);
  await page.goto("/incoming");
  await expect(page.getByTestId("signed-in-as")).toContainText("Student");
  await expect(page.getByRole("navigation", { name: "Main navigation" }).getByRole("link", { name: "My mobility" })).toBeVisible();
});

test("an incoming student applies with a CV, the office accepts, and the student receives the letter", async ({ page, browser }) => {
  const email = `incoming-${Date.now()}@student.test`;
  const lastName = `Novak${Date.now().toString(36)}`;
  await page.goto("/incoming");
  await page.getByRole("link", { name: "Apply online" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Apply to come to IMT Mines Alès");
  await page.getByLabel("First name").fill("Petra");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Field of study").fill("Artificial intelligence");
  await page.getByLabel("Home institution", { exact: true }).fill("Uniwersytet Jagielloński");
  await page.getByLabel("Home institution's Erasmus code").fill("not a code");
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Enter an Erasmus code such as D MUNCHEN02.")).toBeVisible();
  await page.getByLabel("Home institution's Erasmus code").fill("PL KRAKOW01");

  await page.getByLabel("CV (PDF, JPEG or PNG)").setInputFiles(FAKE_PDF_FILE("cv.pdf"));
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Only PDF, JPEG and PNG files are accepted")).toBeVisible();
  await page.getByLabel("CV (PDF, JPEG or PNG)").setInputFiles(PDF_FILE("Petra CV.pdf"));
  await page.getByRole("button", { name: "Send my application" }).click();
  await expect(page.getByText("Your application has been sent.")).toBeVisible();

  const [received] = await mailTo(browser, email, "has been received");
  const statusLink = linkIn(received!, /\/incoming\/applications\//);
  await page.goto(statusLink);
  await expect(page.getByTestId("incoming-status")).toHaveText("Received, being reviewed");
  await expectAccessible(page, "incoming application status");

  const office = await (await browser.newContext()).newPage();
  await signIn(office, DEMO.internationalOffice);
  await office.getByRole("link", { name: "Incoming students" }).click();
  await office.getByLabel("Search by name, e-mail or institution").fill(lastName);
  await office.getByRole("button", { name: "Apply filters" }).click();
  await office.getByRole("link", { name: `Petra ${lastName}` }).click();
  await expect(office.getByRole("link", { name: "View the CV" })).toBeVisible();
  await expectAccessible(office, "incoming application review");
  await office.getByLabel("Message to the student").fill("Welcome! The French course starts in September.");
  await office.getByRole("button", { name: "Accept" }).click();
  await expect(office.getByTestId("incoming-status")).toHaveText("Accepted");

  await page.reload();
  await expect(page.getByTestId("incoming-status")).toHaveText("Accepted");
  await expect(page.getByText("Welcome! The French course starts in September.")).toBeVisible();
  const [letter] = await mailTo(browser, email, "You are accepted at IMT Mines Alès");
  expect(letter!.attachments).toBe("Attachments: acceptance-letter.pdf");

  // The letter is on the status page too, in both languages, and the office's page offers the same document.
  const fromStatus = await downloadedText(page, page.getByRole("link", { name: "Download the acceptance letter (PDF)" }));
  expect(fromStatus).toContain("Letter of acceptance — Erasmus+ exchange");
  expect(fromStatus).toContain(`Petra ${lastName}`);
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("link", { name: "Télécharger la lettre d'acceptation (PDF)" })).toBeVisible();
  await screenshotBothWidths(page, "incoming-status-fr");
  await office.reload();
  expect(await downloadedText(office, office.getByRole("link", { name: "Download the acceptance letter (PDF)" }))).toBe(fromStatus);
});

async function downloadedText(page: Page, link: Locator): Promise<string> {
  const download = page.waitForEvent("download");
  await link.click();
  return pdfText(await readFile((await (await download).path())!));
}

test("the international office edits the fact sheet and the page changes at once", async ({ page }) => {
  await signIn(page, DEMO.internationalOffice);
  await page.goto("/coordinator/factsheet");
  const cost = page.getByLabel("Monthly cost up to (€)");
  await cost.fill("250");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The maximum is below the minimum.")).toBeVisible();
  await cost.fill("420");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Fact sheet saved.")).toBeVisible();
  await page.goto("/incoming");
  await expect(page.getByText("Maison des Élèves: about 300–420 € per month")).toBeVisible();
  await page.goto("/coordinator/factsheet");
  await page.getByLabel("Monthly cost up to (€)").fill("400");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Fact sheet saved.")).toBeVisible();
});

test("only the international office reaches the incoming tab and the editor", async ({ page }) => {
  await signIn(page, DEMO.coordinator);
  for (const path of ["/coordinator/incoming", "/coordinator/factsheet"]) {
    expect((await page.goto(path))?.status()).toBe(403);
  }
});
