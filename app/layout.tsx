import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SiteHeader } from "@/components/layout/site-header";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const user = await getCurrentUser();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <I18nProvider locale={locale} messages={pickMessages(locale, ["common", "nav", "validation"])}>
          <SiteHeader user={user} locale={locale} t={t} mailCapture={mailCaptureEnabled()} />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <footer className="no-print border-t border-slate-200 bg-white py-4 text-center text-xs text-slate-600">
            {t("common.homeInstitution")} · Erasmus+
          </footer>
        </I18nProvider>
      </body>
    </html>
  );
}
