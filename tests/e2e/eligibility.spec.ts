import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";

async function answerYesNo(page: Page, question: RegExp, answer: "Yes" | "No" | "Oui" | "Non") {
  await page.getByRole("group", { name: question }).getByLabel(answer, { exact: true }).check();
}

const verdict = (page: Page) => page.getByTestId("eligibility-verdict");
const rule = (page: Page, id: string) => page.locator(`[data-rule="${id}"]`);

test("a student fills the eligibility page and sees the verdict and explanations change as they answer", async ({ page }) => {
  await page.goto("/eligibility");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Am I eligible for Erasmus+?");
  await expect(verdict(page)).toContainText("Answer the remaining questions");

  await page.getByLabel("Nationality").selectOption("FR");
  await answerYesNo(page, /one year of full-time study/, "Yes");
  await answerYesNo(page, /official programme leading/, "Yes");
  await page.getByLabel("First day of the study period abroad").fill("2027-09-01");
  await page.getByLabel("Last day of the study period abroad").fill("2027-11-29");
  await expect(rule(page, "duration")).toContainText("Not met");
  await expect(rule(page, "duration")).toContainText("at least 3 months");
  await expect(verdict(page)).toContainText("You are not eligible.");
  await expect(page.getByTestId("eligibility-grant")).toHaveText("No grant either: a grant goes only with a mobility you are eligible for.");

  await page.getByLabel("Last day of the study period abroad").fill("2027-11-30");
  await expect(rule(page, "duration")).toContainText("Met");
  await page
    .getByRole("group", { name: /fully recognised/ })
    .getByLabel("I don't know yet")
    .check();
  await answerYesNo(page, /internship in a company/, "No");
  await answerYesNo(page, /another grant funded by the European Union/, "No");
  await answerYesNo(page, /scholarship holder/, "Yes");
  await expect(verdict(page)).toContainText("You are eligible, with conditions.");
  await expect(rule(page, "recognition")).toContainText("Ask your departmental ECTS coordinator");
  await expect(page.getByTestId("eligibility-documents")).toContainText("scholarship notification");

  await page
    .getByRole("group", { name: /fully recognised/ })
    .getByLabel("Yes")
    .check();
  await expect(verdict(page)).toContainText("You are eligible.");
  await expect(page.getByTestId("eligibility-grant")).toContainText("may be proposed for an Erasmus+ grant");
});

test("a non-EU national is asked for their residence status, and a one-year permit is not enough", async ({ page }) => {
  await page.goto("/eligibility");
  await page.getByLabel("Nationality").selectOption("MA");
  const residence = page.getByRole("group", { name: "Residence status in France" });
  await residence.getByLabel("One-year residence permit").check();
  await expect(rule(page, "nationality")).toContainText("A one-year residence permit is not accepted");
  await expect(verdict(page)).toContainText("You are not eligible.");
  await residence.getByLabel("Permanent resident: resident card valid 10 years").check();
  await expect(rule(page, "nationality")).toContainText("Met");
  await expect(page.getByTestId("eligibility-documents")).toContainText("A copy of your residence card");
});

for (const [lang, box, met] of [
  ["en", "I am stateless: no country recognises me as its citizen", "As a stateless person you are eligible"],
  ["fr", "Je suis apatride : aucun État ne me reconnaît comme son ressortissant", "En tant qu'apatride"],
] as const) {
  test(`a stateless person says so without choosing a country, and is admitted (${lang})`, async ({ page, context, baseURL }) => {
    await context.addCookies([{ name: "locale", value: lang, url: baseURL! }]);
    await page.goto("/eligibility");
    await page.getByLabel(box).check();
    await expect(page.getByRole("combobox", { name: /Nationality|Nationalité/ })).toHaveCount(0);
    await expect(rule(page, "nationality")).toContainText(met);
    await page.getByLabel(box).uncheck();
    await expect(page.getByRole("combobox", { name: /Nationality|Nationalité/ })).toBeVisible();
  });
}

test("a Luxembourg national is told about the declaration on honour and the grant", async ({ page }) => {
  await page.goto("/eligibility");
  await page.getByLabel("Nationality").selectOption("LU");
  await expect(rule(page, "ownNationalAgency")).toContainText("declaration on honour");
  await expect(page.getByTestId("eligibility-grant")).toContainText("non-grant-holder");
});

test("the page works in French, with the explanations in French", async ({ page }) => {
  await page.goto("/eligibility");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Suis-je éligible à Erasmus+ ?");
  await page.getByLabel("Nationalité").selectOption("FR");
  await page.getByLabel("Premier jour de la période d'études à l'étranger").fill("2027-09-01");
  await page.getByLabel("Dernier jour de la période d'études à l'étranger").fill("2028-09-01");
  await expect(rule(page, "duration")).toContainText("Non rempli");
  await expect(rule(page, "duration")).toContainText("ne doit pas dépasser 12 mois");
  await expect(verdict(page)).toContainText("Vous n'êtes pas éligible.");
  await page.getByRole("button", { name: "English" }).click();
});

test("submitting an incomplete form shows each missing answer next to its question", async ({ page }) => {
  await page.goto("/eligibility");
  await page.getByRole("button", { name: "Check my answers" }).click();
  await expect(page.getByLabel("Nationality")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("group", { name: /one year of full-time study/ }).getByText("This field is required.")).toBeVisible();
});

/**
 * Chooses a nationality, again until the page shows `then`: on a loaded runner a choice made before the page
 * has hydrated reaches the DOM, not the form.
 */
async function chooseNationality(page: Page, code: string, then: Locator) {
  await expect(async () => {
    await page.getByLabel("Nationality").selectOption(code);
    await expect(then).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

test("an administrator extends a round's nationalities and the page admits them", async ({ page, browser }) => {
  const visitor = await browser.newPage();
  await visitor.goto("/eligibility");
  const residence = visitor.getByRole("group", { name: "Residence status in France" });
  await chooseNationality(visitor, "RS", residence);
  await residence.getByLabel("None of the statuses below").check();
  await expect(rule(visitor, "nationality")).toContainText("Not met");

  await signIn(page, DEMO.admin);
  const field = page.getByLabel("Nationalities added to the default list").first();
  await field.fill("RS, ZZ");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Enter two-letter ISO country codes")).toBeVisible();
  await field.fill("RS");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Saved.")).toBeVisible();

  await visitor.reload();
  await chooseNationality(visitor, "RS", rule(visitor, "nationality").getByText("Met", { exact: true }));

  await field.fill("");
  await page.getByRole("button", { name: "Save" }).first().click();
  await expect(page.getByText("Saved.")).toBeVisible();
});
