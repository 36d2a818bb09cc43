import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { signUpNewStudent } from "./support/sign-up";
import { fillApplication, uploadPiecesAndSubmit } from "./support/application-flow";
import { PDF_FILE } from "./support/files";
import { expectAccessible } from "./support/axe";
import { acceptApplicationPieces, decide } from "./support/coordinator";
import { openMailbox } from "./support/mail";

test("a coordinator reviews a dossier: asks for a piece, the student replaces it, the coordinator selects; the student is told at each step", async ({
  browser,
}) => {
  // Three people act in turn, then the e-mails are read: delivery may take up to a minute.
  test.setTimeout(150_000);
  const studentPage = await (await browser.newContext()).newPage();
  const lastName = `Reviewed${Date.now().toString(36)}`;
  const student = await signUpNewStudent(studentPage, "Clara");
  await fillApplication(studentPage, lastName);
  await uploadPiecesAndSubmit(studentPage);
  const applicationUrl = studentPage.url();

  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  await coordinator.getByRole("combobox", { name: "Status", exact: true }).selectOption("SUBMITTED");
  await coordinator.getByLabel("Search by name, e-mail or student number").fill(lastName);
  await coordinator.getByRole("button", { name: "Apply filters" }).click();
  await expect(coordinator).toHaveURL(/status=SUBMITTED/);
  await expect(coordinator).toHaveURL(new RegExp(`q=${lastName}`));
  await expect(coordinator.getByTestId("result-count")).toHaveText("1 application");
  await coordinator.getByRole("link", { name: new RegExp(lastName, "i") }).click();
  await expect(coordinator.getByRole("heading", { level: 1 })).toContainText(lastName);
  await expectAccessible(coordinator, "coordinator dossier review");

  const record = coordinator.locator('[data-piece="ACADEMIC_RECORD"]');
  // The piece is shown in the page. Files are served sandboxed (no origin, no script with the portal's cookies), and Chromium's PDF viewer still shows them.
  await record.getByText(/^Preview of /).click();
  const preview = await record.locator("iframe").getAttribute("src");
  const served = await coordinator.request.get(preview!);
  expect(served.headers()["content-security-policy"]).toBe("sandbox; frame-ancestors 'self'");
  expect(served.headers()["x-content-type-options"]).toBe("nosniff");
  await expect.poll(() => coordinator.frames().some((frame) => frame.url().startsWith("chrome-extension://"))).toBe(true);
  await record.getByRole("button", { name: /Ask for a replacement/ }).click();
  await record.getByLabel("Comment for the student").fill("The second page of the record is missing.");
  await record.getByRole("button", { name: "Send the request" }).click();
  await expect(record.getByText("To replace", { exact: true })).toBeVisible();

  // The student's home says what to replace, not that the coordinator is reviewing; in French too.
  await studentPage.goto("/student");
  await expect(studentPage.getByTestId("next-step")).toHaveText(
    "Next: replace Academic record (situation universitaire), as your coordinator asks on the application's page; the review waits for it.",
  );
  await studentPage.getByRole("button", { name: "Français" }).click();
  await expect(studentPage.getByTestId("next-step")).toHaveText(
    "Prochaine étape : remplacer Situation universitaire, comme le demande votre coordonnateur sur la page de la candidature ; l'examen attend ce remplacement.",
  );
  await studentPage.getByRole("button", { name: "English" }).click();
  await expect(studentPage.getByTestId("next-step")).toContainText("Next: replace");
  await studentPage.goto(`${applicationUrl}/dossier`);
  const studentRecord = studentPage.locator('[data-piece="ACADEMIC_RECORD"]');
  await expect(studentRecord.getByText("Coordinator's comment: The second page of the record is missing.")).toBeVisible();
  await studentPage.getByLabel("Choose a file for “Academic record (situation universitaire)”").setInputFiles(PDF_FILE("record-complete.pdf"));
  await expect(studentRecord.getByText("Uploaded", { exact: true })).toBeVisible();

  await coordinator.reload();
  await acceptApplicationPieces(coordinator);
  await decide(coordinator, "SELECTED");
  await expect(coordinator.getByTestId("application-status")).toHaveText("Selected");

  await studentPage.goto(applicationUrl);
  await expect(studentPage.getByTestId("application-status")).toHaveText("Selected");
  const timeline = studentPage.getByTestId("timeline");
  await expect(timeline).toContainText("Replacement requested: Academic record");
  await expect(timeline).toContainText("The second page of the record is missing.");
  await expect(timeline).toContainText("Status: Submitted → Selected");

  const mailbox = await openMailbox(browser);
  for (const subject of ["An Erasmus+ place is offered to you", "must be replaced", "has been received"]) {
    expect(await mailbox.find(student.email, subject), subject).toHaveLength(1);
  }
  await mailbox.close();
});

test("the second of two coordinators deciding at once is told the dossier changed", async ({ browser }) => {
  // The student first walks the whole form and its uploads (half a minute on a loaded two-core runner), then two people sign in.
  test.setTimeout(120_000);
  const studentPage = await (await browser.newContext()).newPage();
  const lastName = `Twice${Date.now().toString(36)}`;
  await signUpNewStudent(studentPage, "Hugo");
  await fillApplication(studentPage, lastName);
  await uploadPiecesAndSubmit(studentPage);

  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  await signIn(first, DEMO.coordinator);
  await signIn(second, DEMO.internationalOffice);
  for (const page of [first, second]) {
    await page.goto(`/coordinator?q=${lastName}`);
    await page.getByRole("link", { name: new RegExp(lastName, "i") }).click();
  }
  await first.getByLabel("Move to").selectOption("UNDER_REVIEW");
  await first.getByRole("button", { name: "Confirm" }).click();
  await expect(first.getByTestId("application-status")).toHaveText("Under review");

  await second.getByLabel("Move to").selectOption("WAITING_LIST");
  await second.getByRole("button", { name: "Confirm" }).click();
  await expect(second.getByText("Someone changed this dossier meanwhile")).toBeVisible();
  await expect(second.getByTestId("application-status")).toHaveText("Under review");
});

test("the dashboard exports the filtered list as CSV and keeps filters in the URL", async ({ page }) => {
  await signIn(page, DEMO.internationalOffice);
  await page.goto("/coordinator?status=SUBMITTED&sort=name&dir=asc");
  await expect(page.getByRole("combobox", { name: "Status", exact: true })).toHaveValue("SUBMITTED");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export as CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await (await file.createReadStream()).toArray()).join("");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("Round,Status,Last name");
});

test("a student cannot reach the dashboard's data by URL", async ({ page }) => {
  await signIn(page, DEMO.student);
  expect((await page.request.get("/api/v1/coordinator/applications/export")).status()).toBe(404);
});
