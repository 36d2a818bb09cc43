"use server";

import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { redirect, RedirectType } from "next/navigation";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { isCachedPerLanguage } from "@/lib/i18n/cached-pages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { rememberLocale } from "@/lib/server/user/remember-locale";
import { secureCookies } from "@/lib/server/env";

/** The page the switch was pressed on, when it is one served per language from the cache. */
async function cachedPageOfReferer(): Promise<string | null> {
  const referer = (await headers()).get("referer");
  if (!referer) return null;
  const path = URL.canParse(referer) ? new URL(referer).pathname : null;
  return path && isCachedPerLanguage(path) ? path : null;
}

export async function switchLocale(formData: FormData): Promise<void> {
  // An action is a public endpoint: anything may arrive instead of the form.
  if (!(formData instanceof FormData)) return;
  const locale = formData.get("locale");
  if (!isLocale(locale)) return;
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: 365 * 24 * 60 * 60,
    sameSite: "lax",
    httpOnly: true,
    secure: secureCookies(),
  });
  const user = await getCurrentUser();
  if (user) await rememberLocale(user, locale);
  // A cached page was rewritten to the old language's copy for this very
  // request: load it again so the router picks the new one.
  const cachedPage = await cachedPageOfReferer();
  if (cachedPage) redirect(cachedPage, RedirectType.replace);
  revalidatePath("/", "layout");
}
