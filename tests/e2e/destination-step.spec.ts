import { expect, test } from "@playwright/test";
import { signUpNewStudent } from "./support/sign-up";
import { fillApplication, stepHeading } from "./support/application-flow";

test("the destinations step offers the partners whose agreement covers the programme, and warns of a language level below the recommended one", async ({
  page,
}) => {
  await signUpNewStudent(page, "Agreed");
  await fillApplication(page, `Agreed${Date.now().toString(36)}`);

  // English declared at B1, below the B2 that Uppsala's agreement recommends.
  await page.getByRole("button", { name: "5. Languages" }).click();
  await page.getByLabel("Level (CEFR)").selectOption("B1");
  await page.getByRole("button", { name: "Next" }).click();
  await stepHeading(page, "Motivation");
  await page.getByRole("button", { name: "4. Destinations" }).click();
  const advice = page.getByTestId("language-advice");
  await expect(advice).toContainText("Recommended: English at level B2.");
  await expect(advice).toContainText("You declared B1 in English, below the recommended B2");

  // A civil engineer is offered only the partners whose agreement covers civil engineering at master's level.
  await page.getByRole("button", { name: "3. Studies" }).click();
  await page.getByLabel("Programme at home").selectOption({ label: "Ingénieur Génie civil et bâtiment durable" });
  await page.getByRole("button", { name: "Next" }).click();
  await stepHeading(page, "Destinations");
  await expect(page.getByText("Only the partners whose agreement covers Ingénieur Génie civil et bâtiment durable are offered.")).toBeVisible();
  const host = page.getByLabel("Host institution");
  await expect(host.locator("option", { hasText: "Technische Universität München" })).toHaveCount(1);
  await expect(host.locator("option", { hasText: "Aalto-yliopisto" })).toHaveCount(0);
  // Uppsala, chosen before, is still shown, so nothing vanishes, but the server refuses it.
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("The agreement with this partner does not cover your programme's level or subject area")).toBeVisible();

  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("button", { name: "4. Destinations" }).click();
  await expect(
    page.getByText("Seuls les partenaires dont l'accord couvre la formation Ingénieur Génie civil et bâtiment durable sont proposés."),
  ).toBeVisible();
  await page.getByLabel("Établissement d'accueil").selectOption({ label: "Technische Universität München — München (DE) · de, en" });
  await page.getByRole("button", { name: "Suivant" }).click();
  await stepHeading(page, "Langues");
  await page.getByRole("button", { name: "English" }).click();
});

test("the first click on a semester box, just after choosing a host institution, ticks it", async ({ page }) => {
  await signUpNewStudent(page, "Click");
  await fillApplication(page, `Click${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "4. Destinations" }).click();
  await stepHeading(page, "Destinations");
  await page.getByRole("button", { name: "Remove choice 1" }).click();
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose at least one destination.")).toBeVisible();
  await page.getByRole("button", { name: "Add a choice" }).click();
  // Adding a choice answers the error: its alert goes at once.
  await expect(page.getByText("Choose at least one destination.")).toHaveCount(0);
  // Now as a student who has not yet tried to go on (after a refused "Next", the new choice's fields show their
  // errors, which go as they are filled): the page comes back with the empty choice just added, its host to choose.
  await page.reload();
  await page.getByRole("button", { name: "4. Destinations" }).click();
  await expect(page.getByLabel("Host institution")).toHaveValue("");
  const autumn = page.getByLabel("Autumn semester");
  // A person aims at the box as it was before choosing: choosing the host must not move it (the language advice
  // that appears with the host used to push it down, so the first click landed on the advice).
  // Its place on the page, not in the window: choosing an option may scroll the window.
  const place = () => autumn.evaluate((box) => Math.round(box.getBoundingClientRect().top + window.scrollY));
  const before = await place();
  await page.getByLabel("Host institution").selectOption({ label: "Uppsala universitet — Uppsala (SE) · sv, en" });
  await expect(page.getByTestId("language-advice")).toBeVisible();
  expect(await place()).toBe(before);
  // One click, as a person makes it, at once, while the draft of the host's choice is being saved: no retry.
  await autumn.click();
  await expect(autumn).toBeChecked({ timeout: 2_000 });
  // And it stays ticked once the draft is saved, and after a reload.
  await expect(page.getByTestId("save-state")).toHaveText("Draft saved");
  await expect(autumn).toBeChecked();
  await page.reload();
  await page.getByRole("button", { name: "4. Destinations" }).click();
  await expect(page.getByLabel("Autumn semester")).toBeChecked();
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("button", { name: "4. Destinations" }).click();
  await expect(page.getByLabel("Semestre d'automne")).toBeChecked();
});
