import { expect, type Page } from "@playwright/test";
import { PDF_FILE } from "./files";

const MOTIVATION =
  "I would like to spend a semester at Uppsala to follow courses in distributed systems that my programme does not offer, and to improve my English. ".repeat(
    2,
  );

async function next(page: Page) {
  await page.getByRole("button", { name: "Next" }).click();
}

export async function stepHeading(page: Page, name: string) {
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
}

/** Starts and fills every step of an application, as the student would; stops on the review step. */
export async function fillApplication(page: Page, lastName: string) {
  await page.getByRole("button", { name: "Start my application" }).click();
  await stepHeading(page, "Personal details");
  await page.getByLabel("Last name").fill(lastName);
  await page.getByLabel("Date of birth").fill("2004-03-14");
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved");

  // Leave mid-step and come back: what was typed is still there.
  await page.reload();
  await stepHeading(page, "Personal details");
  await expect(page.getByLabel("Date of birth")).toHaveValue("2004-03-14");
  await next(page);

  await stepHeading(page, "Nationality");
  await page.getByLabel("Nationality").selectOption("FR");
  await next(page);

  await stepHeading(page, "Studies");
  await page.getByLabel("Programme at home").selectOption({ label: "Ingénieur Intelligence artificielle et génie logiciel" });
  await page.getByLabel("Year of study").fill("4");
  await page.getByLabel("ECTS credits completed so far").fill("180");
  await page
    .getByRole("group", { name: /scholarship holder/ })
    .getByLabel("No")
    .check();
  await page
    .getByRole("group", { name: /another EU-funded grant/ })
    .getByLabel("No")
    .check();
  await page
    .getByRole("group", { name: /fully recognised/ })
    .getByLabel("Yes")
    .check();
  await next(page);

  await stepHeading(page, "Destinations");
  await next(page);
  await expect(page.getByText("Choose at least one destination.")).toBeVisible();
  await page.getByRole("button", { name: "Add a choice" }).click();
  await page.getByLabel("Host institution").selectOption({ label: "Uppsala universitet — Uppsala (SE) · sv, en" });
  await page.getByLabel("Autumn semester").check();
  await page.getByLabel("First day").fill("2027-09-01");
  await page.getByLabel("Last day").fill("2027-11-15");
  await next(page);
  await expect(page.getByText("The stay must last at least 3 months")).toBeVisible();
  await page.getByLabel("Last day").fill("2028-01-20");
  await next(page);

  await stepHeading(page, "Languages");
  await page.getByRole("button", { name: "Add a language" }).click();
  await page.getByLabel("Language", { exact: true }).selectOption("en");
  await page.getByLabel("Level (CEFR)").selectOption("B2");
  await next(page);

  await stepHeading(page, "Motivation");
  await page.getByLabel("Why do you want to go, and why these destinations?").fill(MOTIVATION);
  await next(page);
  await stepHeading(page, "Review and submit");
}

const APPLICATION_PIECES = ["Motivation letter", "Academic record (situation universitaire)", "Exam registration record (relevé d'inscriptions aux examens)"];

/** Uploads the application-phase pieces from the dossier page and submits from the review step. */
export async function uploadPiecesAndSubmit(page: Page) {
  await page.getByRole("link", { name: "Open my dossier" }).click();
  for (const piece of APPLICATION_PIECES) {
    await page.getByLabel(`Choose a file for “${piece}”`).setInputFiles(PDF_FILE(`${piece}.pdf`));
    await expect(page.locator("li", { hasText: piece }).getByText("Uploaded", { exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to my application" }).click();
  await stepHeading(page, "Review and submit");
  await page.getByRole("button", { name: "Submit my application" }).click();
  await expect(page.getByTestId("application-status")).toHaveText("Submitted");
}
