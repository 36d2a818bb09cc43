import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

export type LocaleParams = Promise<{ locale: string }>;

/** The language named by a page's `[locale]` segment; any other value is an unknown page. */
export async function localeOfRoute(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}
