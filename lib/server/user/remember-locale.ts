import "server-only";
import { db } from "@/lib/server/db/client";
import type { CurrentUser } from "@/lib/server/auth/session";
import type { Locale } from "@/lib/i18n/locales";

/** The language e-mails to this user are written in. */
export async function rememberLocale(user: CurrentUser, locale: Locale): Promise<void> {
  await db.user.update({ where: { id: user.id }, data: { locale } });
}
