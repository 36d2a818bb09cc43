import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { signUpNewStudent } from "./support/sign-up";
import { IDP_PEOPLE } from "../support/identity-provider";

/** From the portal's sign-in page through the provider's login page (`npm test` starts a real OpenID Connect provider). */
async function signInAtInstitution(page: Page, login: keyof typeof IDP_PEOPLE, button = /^Sign in with /) {
  if (!new URL(page.url()).pathname.endsWith("/sign-in")) await page.goto("/sign-in");
  await page.getByRole("button", { name: button }).click();
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password the test provider accepts");
  await page.getByRole("button", { name: "Sign-in" }).click();
}

test("a student signs in through the institution for the first time: the account comes from the claims; sign-out ends both sessions; the code cannot be replayed", async ({
  page,
  browser,
}) => {
  const callbacks: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("/api/auth/callback/institution")) callbacks.push(request.url());
  });
  await page.goto("/sign-in");
  await expectAccessible(page, "sign-in with the institution's button");
  await signInAtInstitution(page, "lina");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My Erasmus+ mobility");
  await expect(page.getByText(`Welcome, ${IDP_PEOPLE.lina.name}.`)).toBeVisible();
  await expect(page.getByTestId("student-number")).toHaveText(IDP_PEOPLE.lina.student_number);
  await expect(page.getByTestId("esi")).toHaveText(IDP_PEOPLE.lina.schac_personal_unique_code[0]!);
  await expectAccessible(page, "student home with the account card");

  // Signing out of the portal also ends the provider's session: the next sign-in asks for the login again.
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("button", { name: /sign me out/i }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: /^Sign in with / }).click();
  await expect(page.locator('input[name="login"]')).toBeVisible();

  // The provider's answer works once, and only in the browser that asked for it.
  const used = callbacks.find((url) => url.includes("code="));
  expect(used).toBeDefined();
  for (const replay of [page, await (await browser.newContext()).newPage()]) {
    await replay.goto(used!);
    await expect(replay.getByText("The sign-in with your institution did not complete")).toBeVisible();
    await expect(replay.getByTestId("signed-in-as")).toHaveCount(0);
  }
  // A forged `state` too.
  await page.goto("/api/auth/callback/institution?code=forged&state=forged");
  await expect(page.getByText("The sign-in with your institution did not complete")).toBeVisible();
});

test("a student who already has a password account is linked to it, not given a second one", async ({ page, browser }) => {
  const student = await signUpNewStudent(page, "Marc", "", IDP_PEOPLE.marc.email);
  const other = await (await browser.newContext()).newPage();
  await signInAtInstitution(other, "marc");
  await expect(other.getByText(`Welcome, ${student.name}.`)).toBeVisible();
  // The account's own number stays; the institution adds the ESI.
  await expect(other.getByTestId("student-number")).toHaveText(student.studentNumber);
  await expect(other.getByTestId("esi")).toHaveText(IDP_PEOPLE.marc.schac_personal_unique_code[0]!);
});

test("in French, staff nobody invited and an address the provider did not verify are refused with what to do", async ({ browser }) => {
  const page = await (await browser.newContext()).newPage();
  await page.goto("/sign-in");
  await page.getByRole("button", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
  await signInAtInstitution(page, "nadia", /^Se connecter avec /);
  await expect(page.getByText("Votre établissement vous a reconnu·e, mais aucun compte du portail ne vous attend.")).toBeVisible();
  await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  await expectAccessible(page, "sign-in refused, in French");

  const unverified = await (await browser.newContext({ locale: "fr-FR" })).newPage();
  await signInAtInstitution(unverified, "unverified", /^Se connecter avec /);
  await expect(unverified.getByText("Votre établissement n'a pas confirmé votre adresse électronique")).toBeVisible();
});

test("an invited coordinator signs in through the institution and sees their department; once deactivated, they are refused", async ({ browser }) => {
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, DEMO.admin);
  await admin.goto("/admin/staff");
  await admin.getByLabel("Full name").fill(IDP_PEOPLE.paul.name);
  await admin.getByLabel("E-mail address").fill(IDP_PEOPLE.paul.email);
  await admin.getByLabel("Role", { exact: true }).selectOption("DEPARTMENTAL_COORDINATOR");
  await admin.getByLabel("Department").selectOption({ label: "Intelligence artificielle et génie logiciel" });
  await admin.getByRole("button", { name: "Send the invitation" }).click();
  await expect(admin.getByText("Invitation sent.")).toBeVisible();

  const paul = await (await browser.newContext()).newPage();
  await signInAtInstitution(paul, "paul");
  await expect(paul.getByRole("heading", { level: 1 })).toHaveText("Coordinator dashboard");
  await expect(paul.getByText("You review the applications of the Intelligence artificielle et génie logiciel department.")).toBeVisible();

  await admin.goto("/admin/staff");
  await admin.getByRole("link", { name: `Change ${IDP_PEOPLE.paul.name}` }).click();
  await admin.getByLabel("Active account (can sign in)").uncheck();
  await admin.getByRole("button", { name: "Save" }).click();
  await expect(admin.getByText("Account saved.")).toBeVisible();

  // The provider still says yes (its session is open): the portal says no.
  await paul.goto("/sign-in");
  await paul.getByRole("button", { name: /^Sign in with / }).click();
  await expect(paul.getByText("This portal account is deactivated.")).toBeVisible();
  await expect(paul.getByTestId("signed-in-as")).toHaveCount(0);
});
