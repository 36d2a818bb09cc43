import type { Metadata } from "next";
import type { ReactNode } from "react";
import { localeOfRoute, type LocaleParams } from "@/lib/i18n/route-locale";
import { translator } from "@/lib/i18n/translate";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { PageShell } from "@/components/layout/page-shell";
import { SessionNav } from "@/components/layout/session-nav";
import { documentMetadata, documentViewport } from "@/components/layout/document-metadata";

type Props = { children: ReactNode; params: LocaleParams };

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  return documentMetadata(translator(await localeOfRoute(params)));
}

export const viewport = documentViewport;

/**
 * Public pages served from the static cache, one copy per language: nothing
 * here reads the request. The router rewrites `/incoming` to the reader's
 * language (`next.config.ts`); the header's account part is filled in by the browser.
 */
export default async function StaticLayout({ children, params }: Props) {
  const locale = await localeOfRoute(params);
  const t = translator(locale);
  return (
    <PageShell
      locale={locale}
      t={t}
      institution={await homeInstitutionName(t("common.appName"))}
      messages={pickMessages(locale, ["common", "nav", "roles"])}
      nav={<SessionNav mailCapture={mailCaptureEnabled()} />}
    >
      {children}
    </PageShell>
  );
}
