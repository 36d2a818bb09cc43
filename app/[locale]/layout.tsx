import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";
import { PageShell } from "@/components/layout/page-shell";
import { SessionNav } from "@/components/layout/session-nav";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

async function localeOf(params: Props["params"]): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return locale;
}

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const t = translator(await localeOf(params));
  return { title: { default: t("common.appName"), template: `%s · ${t("common.appName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * Public pages served from the static cache, one copy per language: nothing
 * here reads the request. `proxy.ts` rewrites `/incoming` to the reader's
 * language; the account part of the header is filled in by the browser.
 */
export default async function StaticLayout({ children, params }: Props) {
  const locale = await localeOf(params);
  const t = translator(locale);
  return (
    <PageShell locale={locale} t={t} messages={pickMessages(locale, ["common", "nav", "roles"])} nav={<SessionNav mailCapture={mailCaptureEnabled()} />}>
      {children}
    </PageShell>
  );
}
