import { expect, type Browser } from "@playwright/test";
import { DEMO, signIn } from "./accounts";

export type CapturedMail = { summary: string; body: string; attachments: string };

/**
 * The e-mails the portal sent to `to` that mention `containing` (in the
 * subject or the text), newest first, read as the administrator reads them on
 * the captured-mail page. Delivery is asynchronous and retried, so this waits
 * up to a minute for at least `count` of them.
 */
export async function mailTo(browser: Browser, to: string, containing: string, { count = 1 }: { count?: number } = {}): Promise<CapturedMail[]> {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin);
  const found: CapturedMail[] = [];
  await expect(async () => {
    found.length = 0;
    await admin.goto("/admin/mail");
    const mails = admin.locator("li", { hasText: `to ${to}` }).filter({ hasText: containing });
    expect(await mails.count()).toBeGreaterThanOrEqual(count);
    for (const mail of await mails.all()) {
      await mail.locator("summary").click();
      const attachments = mail.locator("p");
      found.push({
        summary: (await mail.locator("summary").textContent()) ?? "",
        body: (await mail.locator("pre").textContent()) ?? "",
        attachments: (await attachments.count()) > 0 ? ((await attachments.textContent()) ?? "") : "",
      });
    }
  }).toPass({ timeout: 60_000 });
  await context.close();
  return found;
}

/** The first link in a mail's text that matches `path` (a regular expression of the path). */
export function linkIn(mail: CapturedMail, path: RegExp): string {
  const link = mail.body.match(new RegExp(`http\\S+${path.source}\\S*`))?.[0];
  if (!link) throw new Error(`No link matching ${path} in: ${mail.body}`);
  return link;
}
