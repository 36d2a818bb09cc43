import { DEMO_PASSWORD } from "../../prisma/seed-data";
import { expect, test } from "@playwright/test";
import { DEMO, signIn, uniqueStudent } from "./support/accounts";
import { linkIn, mailTo } from "./support/mail";
import { signUpNewStudent } from "./support/sign-up";
import { expectAccessible } from "./support/axe";

test.describe("accounts and roles", () => {
  const homes = [
    { email: DEMO.student, path: "/student", heading: "My Erasmus+ mobility" },
    {
      email: DEMO.coordinator,
      path: "/coordinator",
      heading: "Coordinator dashboard",
      lead: "You review the applications of the Intelligence artificielle et génie logiciel department.",
    },
    { email: DEMO.internationalOffice, path: "/coordinator", heading: "Coordinator dashboard", lead: "You see every application of every round." },
    { email: DEMO.commission, path: "/coordinator", heading: "Coordinator dashboard", lead: "You rank the selected candidates and award the mobility grants." },
    {
      email: DEMO.host,
      path: "/coordinator",
      heading: "Coordinator dashboard",
      lead: "You approve the learning agreements of students coming to Uppsala universitet.",
    },
    { email: DEMO.admin, path: "/admin", heading: "Administration" },
  ];

  for (const home of homes) {
    test(`signing in as ${home.email} lands on that role's home`, async ({ page }) => {
      await signIn(page, home.email);
      await expect(page).toHaveURL(new RegExp(`${home.path}$`));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
      if (home.lead) await expect(page.getByText(home.lead, { exact: true })).toBeVisible();
    });
  }

  test("a wrong password shows a clear error and keeps the visitor signed out", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill(DEMO.student);
    await page.getByLabel("Password").fill("not the password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-mail or password is incorrect." })).toBeVisible();
    await expect(page.getByTestId("signed-in-as")).toHaveCount(0);
  });

  test("an unknown e-mail gets exactly the same answer as a wrong password", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill("nobody@nowhere.test");
    await page.getByLabel("Password").fill("whatever-password");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: "E-mail or password is incorrect." })).toBeVisible();
  });

  for (const callbackUrl of ["/%09/evil.example", "//evil.example", "/%5Cevil.example"]) {
    test(`signing in with ?callbackUrl=${callbackUrl} stays on the portal`, async ({ page, baseURL }) => {
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await page.getByLabel("E-mail address").fill(DEMO.student);
      await page.getByLabel("Password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in", exact: true }).click();
      await expect(page).toHaveURL(/\/student$/);
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      // Signed in already, the same link sends the visitor home too, not away.
      await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
      await expect(page).toHaveURL(/\/student$/);
    });
  }

  test("the sign-in form explains invalid input next to the field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill("not-an-email");
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("Enter a valid e-mail address.")).toBeVisible();
    await expect(page.getByText("This field is required.")).toBeVisible();
  });

  test("a student cannot open a coordinator or administrator page", async ({ page }) => {
    await signIn(page, DEMO.student);
    for (const path of ["/coordinator", "/admin", "/admin/mail"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Access denied");
    }
  });

  test("an anonymous visitor is sent to sign in", async ({ page }) => {
    await page.goto("/student");
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("signing out ends the session", async ({ page }) => {
    await signIn(page, DEMO.student);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await page.goto("/student");
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test.describe("sign-up", () => {
  test("a student signs up, can sign in only once they open the e-mailed link, and the link works once", async ({ page, browser }) => {
    const student = uniqueStudent("Alex");
    await page.goto("/sign-up");
    await page.getByLabel("Full name").fill(student.name);
    await page.getByLabel("E-mail address").fill(student.email);
    await page.getByLabel("Student number").fill(student.studentNumber);
    await page.getByLabel("Password").fill(student.password);
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText(`We have sent a link to ${student.email}.`)).toBeVisible();

    await page.goto("/sign-in");
    await page.getByLabel("E-mail address").fill(student.email);
    await page.getByLabel("Password").fill(student.password);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByText("E-mail or password is incorrect.")).toBeVisible();

    const [mail] = await mailTo(browser, student.email, "Activate your account");
    const link = linkIn(mail!, /\/sign-up\//);
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Activate your account");
    await expectAccessible(page, "account activation");
    await page.getByLabel("Password").fill("not the password I chose");
    await page.getByRole("button", { name: "Activate my account" }).click();
    await expect(page.getByText("This is not the password you chose when you signed up.")).toBeVisible();
    await page.getByLabel("Password").fill(student.password);
    await page.getByRole("button", { name: "Activate my account" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My Erasmus+ mobility");
    await expect(page.getByText(`Welcome, ${student.name}.`)).toBeVisible();

    const again = await (await browser.newContext()).newPage();
    await again.goto(link);
    await expect(again.getByText("This link has already been used.")).toBeVisible();
  });

  test("in French, a registered address gets the same answer as any other, and its owner is told", async ({ page, browser }) => {
    const owner = await signUpNewStudent(page, "Owner");
    const stranger = await (await browser.newContext()).newPage();
    await stranger.goto("/sign-up");
    await stranger.getByRole("button", { name: "Français" }).click();
    await stranger.getByLabel("Nom complet").fill("Someone Else");
    await stranger.getByLabel("Adresse électronique").fill(owner.email);
    await stranger.getByLabel("Numéro d'étudiant").fill(owner.studentNumber);
    await stranger.getByLabel("Mot de passe").fill("long enough password");
    await stranger.getByRole("button", { name: "Créer mon compte" }).click();
    await expect(stranger.getByText(`Nous avons envoyé un lien à ${owner.email}.`)).toBeVisible();
    await expect(stranger.getByText(/déjà|taken|exists/)).toHaveCount(0);
    await expectAccessible(stranger, "sign-up sent, in French");

    const [warning] = await mailTo(browser, owner.email, "Someone tried to create an account");
    expect(warning!.body).not.toContain("/sign-up/");
  });

  test("the sign-up form validates in the browser before sending", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("Student number").fill("12ab");
    await page.getByLabel("Password").fill("short");
    await page.getByRole("button", { name: "Create my account" }).click();
    await expect(page.getByText("A student number has 8 digits.")).toBeVisible();
    await expect(page.getByText("The password must have at least 12 characters.")).toBeVisible();
  });
});

test.describe("languages", () => {
  test("the language switch translates the page and is remembered", async ({ page }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Go on Erasmus+, without the paperwork");
    await page.getByRole("button", { name: "Français" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Partir en Erasmus+, sans la paperasse");
    await expect(page.locator("html")).toHaveAttribute("lang", "fr");
    await page.goto("/sign-in");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Connexion");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in");
  });
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", database: "up" });
});

test("sign-in failures are counted per connection, whatever X-Forwarded-For a client invents", async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL });
  const email = `nobody-${Date.now().toString(36)}@test.invalid`;
  const attempt = async (forged: string) => {
    const { csrfToken } = (await (await client.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const response = await client.post("/api/auth/callback/credentials", {
      headers: { "X-Forwarded-For": forged },
      form: { email, password: "wrong password", csrfToken, json: "true" },
    });
    return ((await response.json()) as { url: string }).url;
  };
  // A new invented address each time: without the socket's address, none of these would ever be stopped.
  for (let i = 0; i < 10; i++) expect(await attempt(`198.51.100.${i}`)).toContain("error=invalid_credentials");
  expect(await attempt("198.51.100.200")).toContain("error=rate_limited");
  await client.dispose();
});
