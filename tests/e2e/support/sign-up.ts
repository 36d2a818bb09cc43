import { expect, type Page } from "@playwright/test";
import { uniqueStudent } from "./accounts";
import { linkIn, mailTo } from "./mail";

/**
 * Creates a new student account as a student does, through the sign-up page
 * of the portal at `origin` (by default the one under test) and the
 * activation link e-mailed to them, and lands on the student's home.
 */
export async function signUpNewStudent(page: Page, label: string, origin = "", email?: string) {
  const student = { ...uniqueStudent(label), ...(email ? { email } : {}) };
  await page.goto(`${origin}/sign-up`);
  await page.getByLabel("Full name").fill(student.name);
  await page.getByLabel("E-mail address").fill(student.email);
  await page.getByLabel("Student number").fill(student.studentNumber);
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.getByText("Check your inbox")).toBeVisible();
  const [mail] = await mailTo(page.context().browser()!, student.email, "Activate your account");
  await page.goto(linkIn(mail!, /\/sign-up\//));
  await page.getByLabel("Password").fill(student.password);
  await page.getByRole("button", { name: "Activate my account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My Erasmus+ mobility");
  return student;
}
