import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../../prisma/seed-data";

export const DEMO = {
  student: "student@demo.erasmus.test",
  coordinator: "coordinator@demo.erasmus.test",
  internationalOffice: "international@demo.erasmus.test",
  commission: "commission@demo.erasmus.test",
  host: "host@demo.erasmus.test",
  admin: "admin@demo.erasmus.test",
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("signed-in-as")).toBeVisible();
}

/** A unique e-mail and student number per test, so tests never share a student. */
export function uniqueStudent(label: string) {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  return {
    name: `${label} ${stamp.slice(-4)}`,
    email: `${label.toLowerCase().replace(/\W+/g, "-")}-${stamp}@student.test`,
    studentNumber: stamp.slice(-8).padStart(8, "1"),
    password: "correct horse battery",
  };
}
