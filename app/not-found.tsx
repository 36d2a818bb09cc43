import type { Metadata } from "next";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { BrandLink } from "@/components/layout/site-header";
import { ProblemNotice } from "@/components/layout/problem-notice";

export const metadata: Metadata = {
  title: LOCALES.map((locale) => translator(locale)("common.notFoundTitle")).join(" · "),
};

/**
 * An address that matches no page. Next.js renders it into the payload of
 * every page, so it stays small and reads nothing from the request (the
 * static pages would otherwise become dynamic): a document of its own, in
 * both languages rather than the reader's.
 */
export default function NotFound() {
  const t = translator("fr");
  return (
    <html lang="fr">
      <body className="flex min-h-screen flex-col">
        <header className="bg-eu-blue text-white">
          <div className="mx-auto max-w-6xl px-4 py-3">
            <BrandLink t={t} />
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 space-y-10 px-4 py-8">
          {LOCALES.map((locale) => (
            <div key={locale} lang={locale}>
              <ProblemNotice t={translator(locale)} title="common.notFoundTitle" lead="common.notFoundBody" />
            </div>
          ))}
        </main>
      </body>
    </html>
  );
}
