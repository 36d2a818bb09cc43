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

test("the international office imports partners and agreements from a CSV file, is told each wrong line in French, and exports them", async ({ page }) => {
  const stamp = Date.now().toString(36).toUpperCase().replace(/\d/g, "X");
  const code = `N OSLO${stamp}01`;
  const header =
    "erasmus_code;name;schac_code;country;city;website;languages;contacts;first_year;last_year;status;direction;isced_code;eqf_levels;students_per_year;months_per_student;language;language_level;department";
  const partner = `${code};Universitetet i Oslo ${stamp};;NO;Oslo;https://www.uio.no;no, en;Ingrid Dahl <ingrid-${stamp.toLowerCase()}@uio.test> INSTITUTIONAL_COORDINATOR en`;
  const csv = (isced: string) =>
    `${header}\n${partner};2061-2062;2062-2063;SIGNED;OUTGOING;0613;7;2;5;en;B2;\n${partner};2061-2062;2062-2063;SIGNED;INCOMING;${isced};7;2;5;;;\n`;
  const file = (text: string) => ({ name: "partners.csv", mimeType: "text/csv", buffer: Buffer.from(text) });

  await signIn(page, DEMO.internationalOffice);
  await page.getByRole("link", { name: "Partners" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Établissements partenaires");
  await page.getByLabel("Fichier CSV des partenaires et des accords").setInputFiles(file(csv("61")));
  await page.getByRole("button", { name: "Importer" }).click();
  await expect(page.getByText("Rien n'a été importé. Corrigez ces lignes et importez de nouveau le fichier :")).toBeVisible();
  await expect(page.getByText("Ligne 3, colonne isced_code : Saisissez un code CITE-F à quatre chiffres")).toBeVisible();
  await expect(page.getByRole("link", { name: `Modifier Universitetet i Oslo ${stamp}` })).toHaveCount(0);
  await expectAccessible(page, "partner import refused, in French");

  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partner institutions");
  await page.getByLabel("CSV file of partners and agreements").setInputFiles(file(csv("0613")));
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByText("Imported: 1 partner and 1 agreement added or changed, 0 unchanged.")).toBeVisible();
  await page.getByRole("link", { name: `Edit Universitetet i Oslo ${stamp}` }).click();
  await expect(page.getByRole("link", { name: /2061-2062 to 2062-2063/ })).toBeVisible();

  await page.getByRole("link", { name: "Back to partners" }).click();
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export partners and agreements (CSV)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^partners-\d{4}-\d{2}-\d{2}\.csv$/);
  const { readFile } = await import("node:fs/promises");
  const exported = await readFile((await download.path())!, "utf8");
  expect(exported).toContain(
    `${code},Universitetet i Oslo ${stamp},,NO,Oslo,https://www.uio.no,"no, en",Ingrid Dahl <ingrid-${stamp.toLowerCase()}@uio.test> INSTITUTIONAL_COORDINATOR en,2061-2062,2062-2063,SIGNED,OUTGOING,0613,7,2,5,en,B2,`,
  );
});
