import type { Metadata } from "next";
import Link from "next/link";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

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
            <Link href="/" className="flex items-center gap-2 text-lg font-bold">
              <span aria-hidden="true" className="text-eu-yellow">★</span>
              {t("common.appName")}
            </Link>
          </div>
        </header>
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 space-y-10 px-4 py-8">
          {LOCALES.map((locale) => {
            const say = translator(locale);
            return (
              <div key={locale} lang={locale}>
                <PageHeader title={say("common.notFoundTitle")} lead={say("common.notFoundBody")} />
                <ButtonLink href="/">{say("common.backHome")}</ButtonLink>
              </div>
            );
          })}
        </main>
      </body>
    </html>
  );
}
