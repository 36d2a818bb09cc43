import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** No serious or critical WCAG 2.1 AA violation on the page as it is now. */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  // Read right after an action, a page may be caught while its server components and <title> are being replaced.
  await expect(page).toHaveTitle(/\S/);
  // The pointer is left where the last click was: a button's hover colour, caught mid-transition, is not what readers see.
  await page.mouse.move(0, 0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    name,
  ).toEqual([]);
}
