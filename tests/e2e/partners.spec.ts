import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test("the international office registers a partner with its contacts, then edits it in French", async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase().replace(/\d/g, "X");
  const name = `Lunds universitet ${stamp}`;
  await signIn(page, DEMO.internationalOffice);
  await page.getByRole("link", { name: "Partners" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner institutions");
  await expectAccessible(page, "partner list");
  await page.getByRole("link", { name: "Add a partner" }).click();
  await expectAccessible(page, "new partner");

  // Wrong values are explained next to their fields, and nothing is saved.
  await page.getByLabel("Erasmus code").fill("Lund");
  await page.getByLabel("Languages of instruction").fill("sv, klingon");
  await page.getByRole("button", { name: "Add a contact" }).click();
  await page.getByLabel("E-mail", { exact: true }).fill("not an address");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter an Erasmus code such as D MUNCHEN02.")).toBeVisible();
  await expect(page.getByText("Enter two-letter ISO 639-1 language codes separated by commas, for example en, sv.")).toBeVisible();
  await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
  await expect(page.getByText("Choose a country from the list.")).toBeVisible();

  await page.getByLabel("Name", { exact: true }).first().fill(name);
  await page.getByLabel("Erasmus code").fill(`S  LUND${stamp}01`);
  await page.getByLabel("SCHAC code").fill(`lu-${stamp.toLowerCase()}.se`);
  await page.getByLabel("Country").selectOption("SE");
  await page.getByLabel("City").fill("Lund");
  await page.getByLabel("Website").fill("https://www.lu.se");
  await page.getByLabel("Languages of instruction").fill("sv, en");
  const contact = page.getByRole("group", { name: "Contact 1" });
  await contact.getByLabel("Name", { exact: true }).fill("Karin Berg");
  await contact.getByLabel("E-mail", { exact: true }).fill(`karin-${stamp.toLowerCase()}@lu.test`);
  await contact.getByLabel("Role").selectOption("INCOMING_OFFICE");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Partner added: its contacts can now receive the host's links.")).toBeVisible();
  await expect(page.getByLabel("Erasmus code")).toHaveValue(`S LUND${stamp}01`);
  await expectAccessible(page, "partner editor");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByLabel("Ville").fill("Malmö");
  await page.getByRole("button", { name: "Ajouter un contact" }).click();
  const second = page.getByRole("group", { name: "Contact 2" });
  await second.getByLabel("Nom", { exact: true }).fill("Erik Holm");
  await second.getByLabel("Courriel", { exact: true }).fill(`KARIN-${stamp.toLowerCase()}@lu.test`);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(second.getByText("Cette adresse figure déjà dans la liste.")).toBeVisible();
  await second.getByLabel("Courriel", { exact: true }).fill(`erik-${stamp.toLowerCase()}@lu.test`);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Partenaire enregistré.")).toBeVisible();
  await expectAccessible(page, "partner editor in French");

  await page.getByRole("link", { name: "Retour aux partenaires" }).click();
  const row = page.getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("Suède");
  await expect(row).toContainText("Malmö");
});

test("an edit saved over someone else's is refused with what to do, and changes nothing", async ({ browser }) => {
  const pages = await Promise.all([0, 1].map(async () => (await browser.newContext()).newPage()));
  for (const page of pages) {
    await signIn(page, DEMO.internationalOffice);
    await page.goto("/coordinator/partners");
    await page.getByRole("link", { name: "Edit Aalto-yliopisto" }).click();
  }
  const [first, second] = pages as [(typeof pages)[0], (typeof pages)[0]];
  const city = `Espoo ${Date.now().toString(36)}`;
  await first.getByLabel("City").fill(city);
  await first.getByRole("button", { name: "Save" }).click();
  await expect(first.getByText("Partner saved.")).toBeVisible();
  await second.getByLabel("City").fill("Helsinki");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText("Someone changed this partner meanwhile: nothing was saved.")).toBeVisible();
  await second.reload();
  await expect(second.getByLabel("City")).toHaveValue(city);
  // Put the demo back as it was.
  await second.getByLabel("City").fill("Espoo");
  await second.getByRole("button", { name: "Save" }).click();
  await expect(second.getByText("Partner saved.")).toBeVisible();
});
