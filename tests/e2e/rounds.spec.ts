import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test("the international office creates a round with its destinations, copies it to next year in French, and deletes the copy", async ({ page }) => {
  // Years far ahead: the round is never open while the other tests run.
  const stamp = Date.now().toString(36);
  const name = `Erasmus+ 2040-2041 ${stamp}`;
  await signIn(page, DEMO.internationalOffice);
  await page.getByRole("link", { name: "Rounds" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Application rounds");
  await expectAccessible(page, "round list");
  await page.getByRole("link", { name: "New round" }).click();
  await expectAccessible(page, "new round");

  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Academic year").fill("2040-2042");
  await page.getByLabel("Opens on").fill("2040-01-15");
  await page.getByLabel("Last day to apply").fill("2040-01-10");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Write the academic year as two consecutive years, for example 2027-2028.")).toBeVisible();
  await expect(page.getByText("This date must come after the one before it.")).toBeVisible();
  await page.getByLabel("Academic year").fill("2040-2041");
  await page.getByLabel("Last day to apply").fill("2040-03-31");
  await page.getByLabel("After-selection pieces due").fill("2040-05-31");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByText("Round created: add its destinations below.")).toBeVisible();
  await expectAccessible(page, "round set-up");

  const destinations = page.locator("section", { has: page.getByRole("heading", { name: "Destinations and places" }) });
  await destinations.getByRole("button", { name: "Add a destination" }).click();
  await destinations.getByLabel("Partner").selectOption({ label: "Uppsala universitet (Sweden)" });
  await destinations.getByLabel("Places").fill("3");
  await destinations.getByRole("button", { name: "Save" }).click();
  await expect(destinations.getByText("Destinations saved.")).toBeVisible();
  await page.reload();
  await expect(destinations.getByLabel("Places")).toHaveValue("3");
  await expect(page.getByLabel("Last day to apply")).toHaveValue("2040-03-31");

  await page.getByRole("link", { name: "Back to rounds" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("button", { name: `Copier ${name} sur l'année suivante` }).click();
  const copyName = name.replace("2040-2041", "2041-2042");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(copyName);
  await expect(page.getByText("L'appel de l'année suivante est prêt : vérifiez ses dates et ses places.")).toBeVisible();
  await expect(page.getByLabel("Ouverture le")).toHaveValue("2041-01-15");
  await expect(page.getByLabel("Places")).toHaveValue("3");
  await expectAccessible(page, "copied round in French");

  await page.getByRole("link", { name: "Retour aux appels" }).click();
  await page.getByRole("button", { name: `Copier ${name} sur l'année suivante` }).click();
  await expect(page.getByText("L'appel de l'année suivante existe déjà.")).toBeVisible();
  for (const round of [copyName, name]) {
    await page.getByRole("button", { name: `Supprimer ${round}` }).click();
    await page.getByRole("button", { name: "Oui, le supprimer" }).click();
    await expect(page.getByRole("link", { name: `Paramétrer ${round}` })).toHaveCount(0);
  }
  await page.getByRole("button", { name: "English" }).click();
});
