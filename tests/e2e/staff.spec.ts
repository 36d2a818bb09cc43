import { expect, test } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { linkIn, mailTo } from "./support/mail";

test("the administrator invites a coordinator, who opens their account in French; a new role or a deactivation ends their session at once", async ({
  browser,
}) => {
  const stamp = Date.now().toString(36);
  const email = `claire-${stamp}@home.test`;
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.getByRole("link", { name: "Staff" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Staff");
  await expectAccessible(admin, "staff list");

  // A departmental coordinator needs a department: said next to the field.
  await admin.getByLabel("Full name").fill(`Claire Martin ${stamp}`);
  await admin.getByLabel("E-mail address").fill(email);
  // A partner's coordinator is written to in English by default, the home staff in French.
  await admin.getByLabel("Role", { exact: true }).selectOption("HOST_COORDINATOR");
  await expect(admin.getByLabel("Language of the invitation")).toHaveValue("en");
  await admin.getByLabel("Role", { exact: true }).selectOption("DEPARTMENTAL_COORDINATOR");
  await expect(admin.getByLabel("Language of the invitation")).toHaveValue("fr");
  await admin.getByLabel("Language of the invitation").selectOption("fr");
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText("Choose the department this coordinator reviews.")).toBeVisible();
  await admin.getByLabel("Department").selectOption({ label: "Intelligence artificielle et génie logiciel" });
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText("Invitation sent.")).toBeVisible();
  await expect(admin.getByText(new RegExp(`<${email}> — Departmental ECTS coordinator`))).toBeVisible();

  const [mail] = await mailTo(browser, email, "portail");
  const link = linkIn(mail!, /\/invitation\//);
  const person = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await person.goto(link);
  await expect(person.getByRole("heading", { level: 1 })).toHaveText("Ouvrir votre compte");
  await expectAccessible(person, "invitation page");
  await person.getByLabel("Mot de passe").fill("password1234");
  await person.getByRole("button", { name: "Ouvrir mon compte" }).click();
  await expect(person.getByText("Ce mot de passe est trop facile à deviner")).toBeVisible();
  await person.getByLabel("Mot de passe").fill("a long enough passphrase");
  await person.getByRole("button", { name: "Ouvrir mon compte" }).click();
  await expect(person.getByTestId("signed-in-as")).toBeVisible();
  await expect(person).toHaveURL(/\/coordinator$/);
  await person.goto(link);
  await expect(person.getByText("Ce lien a déjà servi.")).toBeVisible();

  // The administrator makes them international office: their open session ends.
  await admin.reload();
  await admin.getByRole("link", { name: `Change Claire Martin ${stamp}` }).click();
  await expectAccessible(admin, "staff account");
  await admin.getByLabel("Role", { exact: true }).selectOption("INTERNATIONAL_OFFICE");
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Account saved.")).toBeVisible();
  await person.goto("/coordinator");
  await expect(person).toHaveURL(/\/sign-in/);

  // Deactivated, they cannot sign in again; reactivated, they can.
  await admin.getByLabel("Active account (can sign in)").uncheck();
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Account saved.")).toBeVisible();
  await person.getByLabel("Adresse électronique").fill(email);
  await person.getByLabel("Mot de passe").fill("a long enough passphrase");
  await person.getByRole("button", { name: "Se connecter", exact: true }).click();
  await expect(person.getByText("Adresse électronique ou mot de passe incorrect.")).toBeVisible();
  await admin.goto("/admin/staff");
  await expect(admin.getByRole("row", { name: new RegExp(email) })).toContainText("Deactivated");
});

test("the last active administrator cannot deactivate themselves", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.goto("/admin/staff");
  // The demo has one administrator, and no test makes another.
  await page.getByRole("link", { name: "Change Admin Portail" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await page.getByLabel("Compte actif (peut se connecter)").uncheck();
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("C'est le dernier administrateur actif : nommez d'abord quelqu'un d'autre administrateur.")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
});

test("the administrator sets the home institution's identity, in French; its name signs the pages", async ({ page }) => {
  await signIn(page, DEMO.admin);
  await page.getByRole("link", { name: "Institution" }).click();
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("L'établissement d'origine");
  await expectAccessible(page, "home institution");
  const name = page.getByLabel("Nom", { exact: true });
  const original = await name.inputValue();
  await page.getByLabel("Code SCHAC").fill("pas un domaine");
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Saisissez le domaine internet de l'établissement, par exemple uu.se.")).toBeVisible();
  await page.getByLabel("Code SCHAC").fill("mines-ales.fr");
  await name.fill(`${original} (essai)`);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Établissement enregistré.")).toBeVisible();
  await page.goto("/eligibility");
  await expect(page.getByRole("contentinfo")).toHaveText(`${original} (essai) · Erasmus+`);
  await page.goto("/admin/institution");
  await page.getByLabel("Nom", { exact: true }).fill(original);
  await page.getByRole("button", { name: "Enregistrer" }).click();
  await expect(page.getByText("Établissement enregistré.")).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
});
