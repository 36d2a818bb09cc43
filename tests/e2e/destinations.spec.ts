import { expect, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";

test("a visitor browses the open round's destinations, filters them, and reads them in French", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Destinations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Where to go");
  await expectAccessible(page, "destination catalogue");
  const uppsala = page.getByTestId("destination").filter({ hasText: "Uppsala universitet" });
  await expect(uppsala).toContainText("Where: Uppsala, Sweden");
  await expect(uppsala).toContainText("6 places");
  await expect(uppsala).toContainText("Courses taught in: Swedish, English");
  // What the signed agreement allows.
  await expect(uppsala.getByTestId("agreed")).toHaveText(
    "Agreed for subject area 0613 (EQF 6 — bachelor, EQF 7 — master), 5 months a student. Recommended: English at level B2.",
  );
  await expect(uppsala.getByRole("link", { name: "Website of Uppsala universitet" })).toHaveAttribute("href", "https://www.uu.se");

  await page.getByLabel("Taught in").selectOption("es");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page).toHaveURL(/language=es/);
  await expect(page.getByTestId("destination")).toHaveCount(1);
  await expect(page.getByTestId("destination")).toContainText("Universidad de Granada");

  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Où partir");
  await expect(page.getByTestId("destination")).toContainText("Cours enseignés en : espagnol");
  await expect(page.getByTestId("destination")).toContainText("7 places");
  await expect(page.getByTestId("agreed")).toHaveText([
    "Accord pour le domaine 0613 (CEC 6 — licence, CEC 7 — master), 5 mois par étudiant. Recommandé : espagnol au niveau B2.",
    "Accord pour le domaine 0712 (CEC 7 — master), 5 mois par étudiant. Recommandé : espagnol au niveau B2.",
  ]);
  await expectAccessible(page, "destination catalogue in French");
});
