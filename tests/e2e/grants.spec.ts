import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { pdfText } from "../support/pdf-text";
import { DEMO, signIn } from "./support/accounts";
import { signUpNewStudent } from "./support/sign-up";
import { fillApplication, uploadPiecesAndSubmit } from "./support/application-flow";
import { expectAccessible } from "./support/axe";
import { acceptApplicationPieces, decide } from "./support/coordinator";
import { screenshotBothWidths } from "./support/screenshots";

// Five people act in turn and e-mails are read between them: on a loaded two-core runner the walk takes up to three minutes.
test.describe.configure({ timeout: 300_000 });

async function selectedStudent(browser: Browser, coordinator: Page, label: string) {
  const page = await (await browser.newContext()).newPage();
  const lastName = `${label}${Date.now().toString(36)}`;
  const account = await signUpNewStudent(page, label);
  await fillApplication(page, lastName);
  await uploadPiecesAndSubmit(page);
  const applicationUrl = page.url();
  await coordinator.goto(`/coordinator?q=${lastName}`);
  await coordinator.getByRole("link", { name: new RegExp(lastName, "i") }).click();
  await acceptApplicationPieces(coordinator);
  await decide(coordinator, "SELECTED");
  await expect(coordinator.getByTestId("application-status")).toHaveText("Selected");
  return { page, account, lastName, applicationUrl };
}

test("the commission ranks, awards and publishes; a student sees the grant and the contract, then withdraws; the commission awards the freed grant to the next by amendment", async ({
  browser,
}) => {
  const coordinator = await (await browser.newContext()).newPage();
  await signIn(coordinator, DEMO.coordinator);
  const first = await selectedStudent(browser, coordinator, "Nora");
  const second = await selectedStudent(browser, coordinator, "Paul");

  const commission = await (await browser.newContext()).newPage();
  await signIn(commission, DEMO.commission);
  await commission.getByRole("link", { name: "Grant commission" }).click();
  await commission.getByLabel("Budget (€)").fill("1000");
  await commission.getByLabel("Monthly rate of the seed policy (€)").fill("100");
  await commission.getByLabel("Publication date").fill("2027-07-20");
  await expect(commission.getByText("Decisions are normally published before 15 July")).toBeVisible();
  await commission.getByLabel("Publication date").fill("2027-07-01");
  await commission.getByRole("button", { name: "Save the settings" }).click();
  await expect(commission.getByText("Settings saved")).toBeVisible();

  await commission.getByLabel(/Paste one line per student/).fill(`${first.account.studentNumber};15,5\n${second.account.studentNumber};11`);
  await commission.getByRole("button", { name: "Import the averages" }).click();
  await expect(commission.getByText("2 averages imported.")).toBeVisible();

  // Uppsala, 1 Sep – 20 Jan: 100 € doubled for Sweden = 200 € × 4 months + 20 days = 933.33 €; 1,000 € covers one grant.
  const firstRow = commission.locator("tr", { hasText: first.lastName });
  const secondRow = commission.locator("tr", { hasText: second.lastName });
  // Sweden's language is not English, German or Spanish: the linguistic criterion scores, though Uppsala teaches in English.
  await expect(firstRow.locator("option", { hasText: "From the destination (Yes)" })).toHaveCount(1);
  await expect(firstRow).toContainText("€933.33");
  await expect(firstRow).toContainText("Awarded");
  await expect(secondRow).toContainText("Budget exhausted");
  await expect(commission.getByTestId("remaining-budget")).toContainText("€66.67");

  commission.once("dialog", (dialog) => dialog.accept());
  await commission.getByRole("button", { name: "Freeze and publish the decisions" }).click();
  await expect(commission.getByText(/Decisions published on/).first()).toBeVisible();
  await commission.reload();
  await expect(commission.getByRole("button", { name: "Save the settings" })).toHaveCount(0);
  // The list for the notice board, with student numbers instead of names.
  const posting = commission.waitForEvent("download");
  await commission.getByRole("link", { name: "Export it with student numbers instead of names (PDF)" }).click();
  const posted = await pdfText(await readFile((await (await posting).path())!));
  expect(posted).toContain(first.account.studentNumber);
  expect(posted).not.toContain(first.lastName);
  expect(posted).toContain("IMT Mines Alès");

  await first.page.goto("/student");
  await expect(first.page.getByTestId("next-step")).toContainText("Next: upload the after-selection pieces");
  await first.page.goto(first.applicationUrl);
  await expect(first.page.getByTestId("grant-decision")).toContainText("You are awarded €933.33 (rank 1).");
  await expectAccessible(first.page, "grant decision and withdrawal form");
  await screenshotBothWidths(first.page, "student-grant");
  const download = first.page.waitForEvent("download");
  await first.page.getByRole("link", { name: "Download the Erasmus student contract (PDF)" }).click();
  expect((await download).suggestedFilename()).toBe("erasmus-student-contract.pdf");

  await second.page.goto(second.applicationUrl);
  await expect(second.page.getByTestId("grant-decision")).toContainText("You are not awarded an Erasmus+ grant");

  // The grant holder withdraws before leaving: nothing to reimburse, and the grant is freed.
  await first.page.getByLabel("What happened").fill("I found an internship in France instead.");
  // Asked first, with what it means for the grant; dismissing it changes nothing.
  first.page.once("dialog", (dialog) => void dialog.dismiss());
  await first.page.getByRole("button", { name: "Declare the withdrawal" }).click();
  await expect(first.page.getByTestId("withdrawal")).toHaveCount(0);
  first.page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Any grant already paid must be paid back in full, unless the national agency accepts a force majeure");
    void dialog.accept();
  });
  await first.page.getByRole("button", { name: "Declare the withdrawal" }).click();
  await expect(first.page.getByTestId("withdrawal")).toContainText("Amount to reimburse: €0.00 (received: €0.00)");
  await expect(first.page.getByTestId("application-status")).toHaveText("Withdrawn");

  // The commission publishes it, in French, as an amendment: the next in the ranking is awarded and told.
  await commission.reload();
  await commission.getByRole("button", { name: "Français" }).click();
  const amendment = commission.getByTestId("grant-amendment");
  await expect(amendment).toContainText("Des désistements ont libéré 933,33 €");
  await expect(amendment).toContainText(second.lastName);
  await expectAccessible(commission, "grant amendment in French");
  await commission.getByRole("button", { name: "Publier l'avenant" }).click();
  await expect(amendment).toContainText("1 bourse attribuée sur 933,33 € libérés");
  await commission.getByRole("button", { name: "English" }).click();
  await expect(commission.getByRole("link", { name: "Grant commission" })).toBeVisible();
  await second.page.reload();
  await expect(second.page.getByTestId("grant-decision")).toContainText("You are awarded €933.33");

  // The coordinator reads the same dossier about the student, not addressed to them, in both languages.
  await coordinator.goto(`/coordinator?q=${second.lastName}`);
  await coordinator.getByRole("link", { name: new RegExp(second.lastName, "i") }).click();
  await expect(coordinator.getByTestId("grant-decision")).toContainText("The student is awarded €933.33 (rank 2).");
  await expect(coordinator.getByTestId("eligibility-verdict")).toContainText("The student is eligible.");
  await expect(coordinator.getByTestId("eligibility-grant")).toContainText("The student may be proposed for an Erasmus+ grant");
  await expect(coordinator.getByText("Record the student's withdrawal or early return")).toBeVisible();
  await expect(coordinator.locator("[data-rule]", { hasText: /\b(you|your)\b/i })).toHaveCount(0);
  await coordinator.getByRole("button", { name: "Français" }).click();
  await expect(coordinator.getByTestId("eligibility-verdict")).toContainText("L'étudiant·e est éligible.");
  await expect(coordinator.getByTestId("grant-decision")).toContainText("est attribuée à l'étudiant·e (rang 2)");
  await expect(coordinator.locator("[data-rule]", { hasText: /\b(vous|votre|vos)\b/i })).toHaveCount(0);
  await coordinator.getByRole("button", { name: "English" }).click();
  await expect(coordinator.getByTestId("eligibility-verdict")).toContainText("The student is eligible.");
  await screenshotBothWidths(coordinator, "coordinator-dossier");
});

test("a student simulates a grant before applying", async ({ page }) => {
  await page.goto("/grants/simulator");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Grant simulator");
  await page.getByLabel("Destination").selectOption({ label: "Uppsala universitet (SE)" });
  await page.getByLabel("First day").fill("2027-09-01");
  await page.getByLabel("Last day").fill("2027-11-30");
  // The rate itself is the commission's to set; the Nordic doubling and the length are the rules.
  await expect(page.getByTestId("simulated-grant")).toContainText("Estimated grant:");
  await expect(page.getByTestId("simulated-grant")).toContainText("per month (Scandinavian destination, doubled) × 3 months and 0 days");
  await page.getByLabel("I am a national of Luxembourg or Liechtenstein").check();
  await expect(page.getByTestId("simulated-grant")).toContainText("No Erasmus+ grant from this institution: Own national agency");
});
