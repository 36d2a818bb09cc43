import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/seed-data";
import { DEMO, signIn } from "./support/accounts";
import { expectAccessible } from "./support/axe";
import { signUpNewStudent } from "./support/sign-up";
import { screenshotBothWidths } from "./support/screenshots";
import { serverActionIds } from "../../scripts/lib/server-action-ids";

const PUBLIC_PAGES = [
  { name: "home", path: "/" },
  { name: "eligibility", path: "/eligibility" },
  { name: "incoming", path: "/incoming" },
  { name: "incoming-apply", path: "/incoming/apply" },
  { name: "sign-in", path: "/sign-in" },
  { name: "sign-up", path: "/sign-up" },
  { name: "grant-simulator", path: "/grants/simulator" },
];

const SIGNED_IN_PAGES = [
  { name: "student-home", path: "/student", account: DEMO.student },
  { name: "coordinator-dashboard", path: "/coordinator", account: DEMO.internationalOffice },
  { name: "incoming-applications", path: "/coordinator/incoming", account: DEMO.internationalOffice },
  { name: "factsheet-editor", path: "/coordinator/factsheet", account: DEMO.internationalOffice },
  { name: "admin", path: "/admin", account: DEMO.admin },
  { name: "captured-mail", path: "/admin/mail", account: DEMO.admin },
  { name: "grant-commission", path: "/coordinator/commission", account: DEMO.commission },
  { name: "rounds", path: "/coordinator/rounds", account: DEMO.internationalOffice },
  { name: "partners", path: "/coordinator/partners", account: DEMO.internationalOffice },
  { name: "grading-tables", path: "/coordinator/grading-tables", account: DEMO.internationalOffice },
  { name: "incoming-learning-agreements-empty", path: "/coordinator/incoming-learning-agreements", account: DEMO.internationalOffice },
  { name: "destinations", path: "/destinations", account: DEMO.student },
];

/** Every error the browser reports while a page is used: console errors (a hydration mismatch among them) and uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

async function checkPage(page: Page, name: string, errors: string[]) {
  await expectAccessible(page, name);
  await screenshotBothWidths(page, name);
  expect(errors, `${name}: errors in the browser console`).toEqual([]);
}

for (const target of PUBLIC_PAGES) {
  test(`${target.path} has no serious accessibility violation, no console error and no sideways scroll, on desktop and phone`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(target.path);
    await checkPage(page, target.name, errors);
  });
}

for (const target of SIGNED_IN_PAGES) {
  test(`${target.path} has no serious accessibility violation, no console error and no sideways scroll for its users`, async ({ page }) => {
    await signIn(page, target.account);
    const errors = collectErrors(page);
    await page.goto(target.path);
    await checkPage(page, target.name, errors);
  });
}

test("the eligibility check can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/eligibility");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.getByLabel("Nationality").focus();
  await page.keyboard.type("France");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await expect(page.locator('[data-rule="nationality"]')).toContainText("Met");
  await expect(page.locator('[data-rule="studyYearCompleted"]')).toContainText("Met");
});

test("signing in can be done with the keyboard alone", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").focus();
  await page.keyboard.type(DEMO.student);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(DEMO_PASSWORD);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
});

test("a student starts an application and moves through its first step with the keyboard alone", async ({ page }) => {
  await signUpNewStudent(page, "Keyboard");
  await page.getByRole("button", { name: "Start my application" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Personal details" })).toBeVisible();
  await page.getByLabel("Last name").focus();
  await page.keyboard.type("Clavier");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Date of birth")).toBeFocused();
  // The order of the date's parts follows the browser's own locale.
  await page.keyboard.type("03142004");
  await expect(page.getByLabel("Date of birth")).toHaveValue(/^2004-\d{2}-\d{2}$/);
  await page.getByRole("button", { name: "Next" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Nationality" })).toBeVisible();
});

test("the not-found and forbidden pages have no serious accessibility violation", async ({ page }) => {
  expect((await page.goto("/no-such-page"))?.status()).toBe(404);
  await expectAccessible(page, "not found");
  await signIn(page, DEMO.student);
  expect((await page.goto("/admin"))?.status()).toBe(403);
  await expectAccessible(page, "forbidden");
});

test("security headers are set on every page", async ({ request }) => {
  // Pages from the static cache (/incoming), the prebuilt 404, pages rendered per request and an API.
  for (const path of ["/", "/eligibility", "/incoming", "/en/incoming", "/no-such-page", "/api/health"]) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'self'");
    expect(headers["content-security-policy"], path).toContain("object-src 'none'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"], path).toBeUndefined();
    expect(headers["strict-transport-security"], path).toBe("max-age=63072000; includeSubDomains");
  }
  // What the API hands out is a document of no origin: nothing in it runs with the portal's cookies.
  const api = await request.get("/api/v1/factsheet");
  expect(api.headers()["content-security-policy"]).toBe("sandbox; frame-ancestors 'self'");
});

test("a write from another site is refused", async ({ request }) => {
  const response = await request.post("/api/v1/incoming-applications", {
    headers: { origin: "https://evil.example", "content-type": "application/octet-stream" },
    data: "x",
  });
  expect(response.status()).toBe(403);
});

test("a server action sent by another site is refused with 403, and an oversized one with 413", async ({ request, baseURL }) => {
  const action = { "Next-Action": serverActionIds(process.cwd()).get("signUp")!, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component" };
  const foreign = await request.post("/sign-up", { headers: { ...action, Origin: "https://evil.example" }, data: JSON.stringify([{}]) });
  expect(foreign.status()).toBe(403);
  const huge = await request.post("/sign-up", { headers: { ...action, Origin: baseURL! }, data: JSON.stringify([{ name: "x".repeat(2 * 1024 * 1024) }]) });
  expect(huge.status()).toBe(413);
  // The same action from our own origin, small, is answered by the action itself.
  const own = await request.post("/sign-up", { headers: { ...action, Origin: baseURL! }, data: JSON.stringify([{}]) });
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('"error":"invalid"');
});

test("a session cookie replayed after sign-out no longer works", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  // An account of the test's own: signing out ends every session of the account, which would end other tests' sessions.
  await signUpNewStudent(page, "Replay");
  const cookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const again = await replay.newPage();
  await again.goto("/student");
  await expect(again).toHaveURL(/\/sign-in/);
});

test("the icons a browser asks for are served, and every page names them", async ({ page, request }) => {
  for (const [path, type] of [
    ["/favicon.ico", "image/x-icon"],
    ["/icon.svg", "image/svg+xml"],
    ["/apple-touch-icon.png", "image/png"],
  ]) {
    const response = await request.get(path!);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toContain(type!);
  }
  const missing: string[] = [];
  page.on("response", (response) => {
    if (response.status() === 404) missing.push(response.url());
  });
  for (const path of ["/", "/eligibility", "/incoming", "/destinations"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="icon"][href="/icon.svg"]')).toHaveCount(1);
    await expect(page.locator('head link[rel="apple-touch-icon"]')).toHaveAttribute("href", "/apple-touch-icon.png");
  }
  expect(missing).toEqual([]);
});
