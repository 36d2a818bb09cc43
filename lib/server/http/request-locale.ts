import "server-only";
import { isLocale, LOCALE_COOKIE, localeFromAcceptLanguage, type Locale } from "@/lib/i18n/locales";

/** The language an API answer is written in: `?lang=` or `X-Locale`, then the remembered choice, then the browser's. */
export function requestLocale(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get("lang") ?? request.headers.get("x-locale");
  if (isLocale(asked)) return asked;
  const remembered = request.headers
    .get("cookie")
    ?.split(";")
    .map((part) => part.trim().split("="))
    .find(([name]) => name === LOCALE_COOKIE)?.[1];
  if (isLocale(remembered)) return remembered;
  return localeFromAcceptLanguage(request.headers.get("accept-language"));
}
