import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { translator, type Messages, type TranslationParams } from "@/lib/i18n/translate";
import type { Locale } from "@/lib/i18n/locales";
import { env } from "@/lib/server/env";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
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
  const all = { portalUrl: env().NEXTAUTH_URL ?? "", institution: await homeInstitutionName(t("common.appName")), ...params };
  await enqueueEmail(tx, {
    to: recipient.email,
    subject: t(`mail.${template}.subject`, all),
    text: `${t(`mail.${template}.body`, all)}\n\n${t("mail.signature", all)}`,
    attachments,
  });
}
