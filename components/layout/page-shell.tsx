import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SiteHeader } from "./site-header";

/** The document around every page: header, main landmark, footer. */
export function PageShell({
  locale,
  t,
  messages,
  nav,
  institution,
  children,
}: {
  locale: Locale;
  t: Translate;
  /** The name that signs the header and the footer: the home institution's. */
  institution: string;
  messages: Record<string, unknown>;
  nav: ReactNode;
  children: ReactNode;
}) {
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <I18nProvider locale={locale} messages={messages}>
          <SiteHeader locale={locale} t={t} nav={nav} institution={institution} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="no-print border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-600">{institution} · Erasmus+</footer>
        </I18nProvider>
      </body>
    </html>
  );
}
