"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/locales";
import { getCurrentUser } from "@/lib/server/auth/session";
import { rememberLocale } from "@/lib/server/users/remember-locale";

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
  });
  const user = await getCurrentUser();
  if (user) await rememberLocale(user, locale);
  revalidatePath("/", "layout");
}
