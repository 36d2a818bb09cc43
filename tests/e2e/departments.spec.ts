import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";

test("the administrator adds a department and a programme, then archives the programme in French", async ({ page }) => {
  const name = `Chimie ${Date.now().toString(36)}`;
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Departments" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Departments and programmes");
  await expectAccessible(page, "departments");

  const create = page.locator("section", { has: page.getByRole("heading", { name: "New department" }) });
  await create.getByLabel("Department").fill(name);
  await create.getByRole("button", { name: "Add" }).click();
  await expect(create.getByText("Department saved.")).toBeVisible();

  const department = page.locator("section", { has: page.getByRole("heading", { name, exact: true }) });
  const newProgramme = department.getByRole("group", { name: `New programme in ${name}` });
  await newProgramme.getByLabel("Programme").fill(`Master ${name}`);
  await newProgramme.getByLabel("Subject area (ISCED-F)").fill("531");
  await newProgramme.getByRole("button", { name: "Add" }).click();
  await expect(newProgramme.getByText("Enter a four-digit ISCED-F code, for example 0613.")).toBeVisible();
  await newProgramme.getByLabel("Subject area (ISCED-F)").fill("0531");
  await newProgramme.getByRole("button", { name: "Add" }).click();
  await expect(newProgramme.getByText("Programme saved.")).toBeVisible();

  await page.getByRole("button", { name: "Français" }).click();
  const programme = department.getByRole("group", { name: `Master ${name}`, exact: true });
  await expect(programme.getByLabel("Niveau (CEC)")).toHaveValue("7");
  await programme.getByLabel("Archivé (plus de nouvelles candidatures)").check();
  await programme.getByRole("button", { name: "Enregistrer" }).click();
  // The legend gains "(archivé)" once the page refreshes, so look for the notice in the department.
  await expect(department.getByText("Formation enregistrée.")).toBeVisible();
  await page.reload();
  await expect(department.getByRole("group", { name: `Master ${name} (archivé)` })).toBeVisible();
  await expectAccessible(page, "departments in French");
  await page.getByRole("button", { name: "English" }).click();
});
