import { mkdirSync } from "node:fs";
import path from "node:path";
import { expect, type Page } from "@playwright/test";

const SCREENSHOTS = path.join(import.meta.dirname, "..", "screenshots");
const PHONE = { width: 390, height: 844 };

/**
 * The page as a person sees it, on a desktop and on a phone, kept in
 * tests/e2e/screenshots/ for review; on the phone nothing may be wider than
 * the screen. The viewport is given back as it was.
 */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const desktop = page.viewportSize();
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  // Long values wrap or truncate.
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth), { message: `${name} scrolls sideways at ${PHONE.width} px` })
    .toBeLessThanOrEqual(PHONE.width);
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}-phone.png`), fullPage: true });
  if (desktop) await page.setViewportSize(desktop);
}
