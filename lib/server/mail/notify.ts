import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { translator, type Messages, type TranslationParams } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { env } from "@/lib/server/env";
import { THE_HOME_INSTITUTION } from "@/lib/server/institution/get-home-institution";
import { enqueueEmail } from "./outbox";

type Mail = Messages["mail"];
/** Every e-mail the catalogue writes: `mail.<template>.subject` and `.body`. */
type MailTemplate = { [K in keyof Mail]: Mail[K] extends { subject: string; body: string } ? K : never }[keyof Mail] | `status.${keyof Mail["status"]}`;

/**
 * Queues an e-mail written from the catalogue's `mail.<template>` subject
 * and body, in the recipient's language, inside the caller's transaction.
 */
export async function notify(
  tx: Prisma.TransactionClient,
  recipient: { email: string; locale: Locale },
  template: MailTemplate,
  params: TranslationParams = {},
  attachments?: Parameters<typeof enqueueEmail>[1]["attachments"],
): Promise<void> {
  const t = translator(recipient.locale);
  // Read in the caller's transaction: a read on another connection, waiting for the pool that open transactions hold, could starve them.
  const home = await tx.homeInstitution.findFirst({ ...THE_HOME_INSTITUTION, select: { name: true } });
  const all = { portalUrl: env().NEXTAUTH_URL ?? "", institution: home?.name ?? t("common.appName"), ...params };
  await enqueueEmail(tx, {
    to: recipient.email,
    subject: t(`mail.${template}.subject`, all),
    text: `${t(`mail.${template}.body`, all)}\n\n${t("mail.signature", all)}`,
    attachments,
  });
}
