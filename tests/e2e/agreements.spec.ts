import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { PDF_FILE } from "./support/files";

test("the international office records a signed agreement with Uppsala, its conditions and signed copy; a round is proposed the agreements' places", async ({
  page,
}) => {
  // Years of this test alone: no other test's round or agreement covers them.
  const [first, last] = ["2050-2051", "2051-2052"];
  await signIn(page, DEMO.internationalOffice);
  await page.goto("/coordinator/partners");
  await page.getByRole("link", { name: "Edit Uppsala universitet" }).click();
  await page.getByRole("link", { name: "Add an agreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New agreement with Uppsala universitet");
  await expectAccessible(page, "new agreement");

  // Wrong values are explained next to their fields, and nothing is saved.
  await page.getByLabel("First academic year").fill(first);
  await page.getByLabel("Last academic year").fill("2049-2050");
  const condition = page.getByRole("group", { name: "Condition 1" });
  await expect(condition.getByLabel("Months per student")).toHaveValue("5");
  await condition.getByLabel("Subject area (ISCED-F)").fill("613");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The last year cannot come before the first.")).toBeVisible();
  await expect(condition.getByText("Enter a four-digit ISCED-F code, for example 0613.")).toBeVisible();
  await expect(condition.getByText("Tick at least one level.")).toBeVisible();

  await page.getByLabel("Last academic year").fill(last);
  await page.getByLabel("Status").selectOption("SIGNED");
  await condition.getByLabel("Subject area (ISCED-F)").fill("0613");
  await condition.getByLabel("EQF 7 — master").check();
  await condition.getByLabel("Students a year").fill("2");
  await condition.getByLabel("Recommended language of instruction").selectOption("en");
  await condition.getByLabel("Its level (CEFR)").selectOption("B2");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Agreement with Uppsala universitet, ${first} to ${last}`);
  await expect(page.getByText("Agreement added.")).toBeVisible();

  await page.getByLabel("Upload the signed copy (PDF)").setInputFiles(PDF_FILE("signed-agreement.pdf"));
  await expect(page.getByText("Signed copy uploaded.")).toBeVisible();
  await expect(page.getByRole("link", { name: /^signed-agreement\.pdf, uploaded on / })).toBeVisible();
  await expectAccessible(page, "agreement");

  // In French, the incoming direction is added.
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByRole("button", { name: "Ajouter une condition" }).click();
  const incoming = page.getByRole("group", { name: "Condition 2" });
  await incoming.getByLabel("Sens").selectOption("INCOMING");
  await incoming.getByLabel("Domaine d'études (CITE-F)").fill("0613");
  await incoming.getByLabel("CEC 6 — licence").check();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Accord enregistré.")).toBeVisible();
  await expectAccessible(page, "agreement in French");
  await page.getByRole("link", { name: "Retour à Uppsala universitet" }).click();
  await expect(page.getByRole("link", { name: `Modifier l'accord ${first} à ${last}` })).toBeVisible();
  await expect(page.getByText("2 étudiants sortants par an")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByText("2 outgoing students a year")).toBeVisible();

  // The open round's page proposes what the signed agreements of its year give (the demo's: 6 places in software each, 8 at München, split by subject area).
  // Not saved: other tests read this round's places; saving is proved in tests/integration/agreements.test.ts.
  await page.goto("/coordinator/rounds");
  await page.getByRole("link", { name: /^Set up Erasmus\+ \d{4}-\d{4}$/ }).click();
  const destinations = page.locator("section", { has: page.getByRole("heading", { name: "Destinations and places" }) });
  await destinations.getByRole("button", { name: /from the signed agreements/ }).click();
  const munich = destinations.getByRole("group").filter({ has: page.locator("option:checked", { hasText: "Technische Universität München" }) });
  await expect(munich.getByLabel("Places", { exact: true })).toHaveValue("8");
  // München's agreement splits them by subject area: 6 in software, 1 in civil engineering, 1 in mechatronics.
  await expect(munich.getByLabel("Places 0613, EQF 6/7")).toHaveValue("6");
  await expect(munich.getByLabel("Places 0714, EQF 7")).toHaveValue("1");
});
