import { expect, test } from "@playwright/test";
import { signUpNewStudent } from "./support/sign-up";
import { FAKE_PDF_FILE, PDF_FILE } from "./support/files";
import { fillApplication, stepHeading } from "./support/application-flow";
import { expectAccessible } from "./support/axe";
import { screenshotBothWidths } from "./support/screenshots";

test("a student applies: fills every step, leaves and comes back, uploads the pieces, submits and sees the status", async ({ page }) => {
  // The whole form, a return visit, every upload and the checks of two pages: close to a minute on a loaded two-core runner.
  test.setTimeout(120_000);
  await signUpNewStudent(page, "Lea");
  await fillApplication(page, "Lambert");

  // Leave the portal and come back: the review step is where the student stopped.
  await page.goto("/student");
  await page
    .getByRole("main")
    .getByRole("link", { name: /^Erasmus\+ \d{4}-\d{4}$/ })
    .click();
  await stepHeading(page, "Review and submit");
  await expect(page.getByTestId("eligibility-verdict")).toContainText("You are eligible.");
  // "Check your answers" shows every answer, step by step, each with a way back to its step.
  const answers = page.getByTestId("answers-summary");
  await expect(answers.locator('[data-step="personal"]')).toContainText("Lambert");
  await expect(answers.locator('[data-step="personal"]')).toContainText("14 March 2004");
  await expect(answers.locator('[data-step="nationality"]')).toContainText("France");
  await expect(answers.locator('[data-step="studies"]')).toContainText("Ingénieur Intelligence artificielle et génie logiciel");
  await expect(answers.locator('[data-step="destinations"]')).toContainText("Uppsala universitet · Autumn semester · 1 September 2027 – 20 January 2028");
  await expect(answers.locator('[data-step="languages"]')).toContainText("English B2");
  await expectAccessible(page, "application review step");
  await screenshotBothWidths(page, "application-review");
  await answers.getByRole("button", { name: "Change Destinations" }).click();
  await stepHeading(page, "Destinations");
  await page.getByRole("button", { name: /^7\. Review and submit$/ }).click();
  await stepHeading(page, "Review and submit");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByTestId("answers-summary").locator('[data-step="personal"]')).toContainText("14 mars 2004");
  await expect(page.getByRole("button", { name: "Modifier : Destinations" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await stepHeading(page, "Review and submit");
  await expect(page.getByTestId("application-pieces-count")).toHaveText("0 of 3 uploaded");

  await page.getByRole("button", { name: "Submit my application" }).click();
  await expect(page.getByText("Some application-phase pieces are missing from your dossier.")).toBeVisible();

  await page.getByRole("link", { name: "Open my dossier" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My dossier");
  await expectAccessible(page, "student dossier");
  await screenshotBothWidths(page, "student-dossier");
  for (const piece of ["Motivation letter", "Academic record (situation universitaire)", "Exam registration record (relevé d'inscriptions aux examens)"]) {
    await page.getByLabel(`Choose a file for “${piece}”`).setInputFiles(PDF_FILE(`${piece}.pdf`));
    await expect(page.locator("li", { hasText: piece }).getByText("Uploaded", { exact: true })).toBeVisible();
  }
  const download = page.waitForEvent("download");
  await page.locator('[data-piece="MOTIVATION_LETTER"]').getByRole("link", { name: "Download" }).click();
  expect((await download).suggestedFilename()).toBe("Motivation letter.pdf");

  await page.getByRole("link", { name: "Back to my application" }).click();
  await stepHeading(page, "Review and submit");
  await expect(page.getByTestId("application-pieces-count")).toHaveText("3 of 3 uploaded");
  await page.getByRole("button", { name: "Submit my application" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Submitted");
  await expect(page.getByRole("heading", { name: "Your application" })).toBeVisible();
  await expect(page.getByText("Lambert")).toBeVisible();
  await expect(page.getByRole("button", { name: "Next" })).toHaveCount(0);
  await expectAccessible(page, "submitted application");
});

test("a file that only pretends to be a PDF is refused with a clear message, and nothing is stored", async ({ page }) => {
  await signUpNewStudent(page, "Noe");
  await page.getByRole("button", { name: "Start my application" }).click();
  await stepHeading(page, "Personal details");
  await page.getByRole("link", { name: "My dossier" }).click();
  const piece = page.locator('[data-piece="MOTIVATION_LETTER"]');
  await page.getByLabel("Choose a file for “Motivation letter”").setInputFiles(FAKE_PDF_FILE("letter.pdf"));
  await expect(piece.getByRole("alert")).toContainText("Only PDF, JPEG and PNG files are accepted");
  await expect(piece.getByText("Missing", { exact: true })).toBeVisible();
  await page.reload();
  await expect(piece.getByText("Missing", { exact: true })).toBeVisible();
});

test("another student gets nothing from the first student's application", async ({ page, browser }) => {
  await signUpNewStudent(page, "Owner");
  await page.getByRole("button", { name: "Start my application" }).click();
  await stepHeading(page, "Personal details");
  const applicationUrl = page.url();
  await page.getByRole("link", { name: "My dossier" }).click();
  await page.getByLabel("Choose a file for “Motivation letter”").setInputFiles(PDF_FILE("private.pdf"));
  const fileLink = page.locator('[data-piece="MOTIVATION_LETTER"]').getByRole("link", { name: "Download" });
  const fileUrl = new URL((await fileLink.getAttribute("href"))!, page.url()).toString();

  const intruder = await (await browser.newContext()).newPage();
  await signUpNewStudent(intruder, "Intruder");
  expect((await intruder.goto(applicationUrl))?.status()).toBe(404);
  expect((await intruder.goto(`${applicationUrl}/dossier`))?.status()).toBe(404);
  expect((await intruder.request.get(fileUrl)).status()).toBe(404);
  const applicationId = applicationUrl.split("/").pop();
  const upload = await intruder.request.post(`/api/v1/applications/${applicationId}/pieces/MOTIVATION_LETTER`, {
    data: PDF_FILE("x.pdf").buffer,
    headers: { "content-type": "application/octet-stream" },
  });
  expect(upload.status()).toBe(404);
});

test("when the session ends mid-form, the answers are kept and restored after signing in again", async ({ page, context }) => {
  const student = await signUpNewStudent(page, "Ines");
  await page.getByRole("button", { name: "Start my application" }).click();
  await stepHeading(page, "Personal details");
  await context.clearCookies();
  await page.getByLabel("Phone number (optional)").fill("+33 6 00 00 00 01");
  await expect(page.getByText("Your session has ended.")).toBeVisible();

  await page.getByRole("link", { name: "Sign in again" }).click();
  await page.getByLabel("E-mail address").fill(student.email);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await stepHeading(page, "Personal details");
  await expect(page.getByText("We restored the answers you typed before your session ended.")).toBeVisible();
  await expect(page.getByLabel("Phone number (optional)")).toHaveValue("+33 6 00 00 00 01");
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved");
  await page.reload();
  await expect(page.getByLabel("Phone number (optional)")).toHaveValue("+33 6 00 00 00 01");
});
