import { switchLocale } from "@/app/actions/locale";
import type { Locale } from "@/lib/i18n/locales";

/** A plain form, so switching works before hydration and without JavaScript. */
export function LanguageSwitcher({ locale, label }: { locale: Locale; label: string }) {
  const other: Locale = locale === "fr" ? "en" : "fr";
  return (
    <form action={switchLocale}>
      <input type="hidden" name="locale" value={other} />
      <button type="submit" lang={other} className="rounded-md border border-white/60 px-3 py-1 text-sm font-semibold text-white hover:bg-white/10">
        {label}
      </button>
    </form>
  );
}
