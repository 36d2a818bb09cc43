import Link from "next/link";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { LanguageSwitcher } from "./language-switcher";

/** The portal's name, and the home institution's under it once it is set, leading home. */
export function BrandLink({ t, institution }: { t: Translate; institution?: string }) {
  return (
    <Link href="/" className="flex items-center gap-2 text-lg font-bold">
      <span aria-hidden="true" className="text-eu-yellow">
        ★
      </span>
      <span>
        {t("common.appName")}
        {institution && institution !== t("common.appName") && <span className="block text-sm font-normal">{institution}</span>}
      </span>
    </Link>
  );
}

/** The header; `nav` holds the links and the account part, which depend on who is reading. */
export function SiteHeader({ locale, t, nav, institution }: { locale: Locale; t: Translate; nav: ReactNode; institution: string }) {
  return (
    <header className="no-print bg-eu-blue text-white">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2 focus:text-eu-blue">
        {t("common.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <BrandLink t={t} institution={institution} />
        <nav aria-label={t("nav.primary")} className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {nav}
          <LanguageSwitcher locale={locale} label={t("common.switchTo")} />
        </nav>
      </div>
    </header>
  );
}
