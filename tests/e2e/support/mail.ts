import { expect, type Browser } from "@playwright/test";
import { DEMO, signIn } from "./accounts";

export type CapturedMail = { summary: string; body: string; attachments: string };

/** The captured-mail page, read as the administrator reads it, in one signed-in tab for several lookups. */
export async function openMailbox(browser: Browser) {
  const context = await browser.newContext();
  const admin = await context.newPage();
  await signIn(admin, DEMO.admin);
  return {
    /**
     * The e-mails the portal sent to `to` that mention `containing` (in the
     * subject or the text), newest first. Delivery is asynchronous and
     * retried, so this waits up to a minute for at least `count` of them.
     */
    async find(to: string, containing: string, { count = 1 }: { count?: number } = {}): Promise<CapturedMail[]> {
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
      return found;
    },
    close: () => context.close(),
  };
}

/** One lookup in the captured mail: see `openMailbox().find`. */
export async function mailTo(browser: Browser, to: string, containing: string, options: { count?: number } = {}): Promise<CapturedMail[]> {
  const mailbox = await openMailbox(browser);
  try {
    return await mailbox.find(to, containing, options);
  } finally {
    await mailbox.close();
  }
}

/** The first link in a mail's text that matches `path` (a regular expression of the path). */
export function linkIn(mail: CapturedMail, path: RegExp): string {
  const link = mail.body.match(new RegExp(`http\\S+${path.source}\\S*`))?.[0];
  if (!link) throw new Error(`No link matching ${path} in: ${mail.body}`);
  return link;
}
