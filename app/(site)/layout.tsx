import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { NavItems } from "@/components/layout/nav-items";
import { PageShell } from "@/components/layout/page-shell";
import { documentMetadata, documentViewport } from "@/components/layout/document-metadata";

export async function generateMetadata(): Promise<Metadata> {
  return documentMetadata((await getTranslator()).t);
}

export const viewport = documentViewport;

/** The shell of a page rendered per request: language and account read from the request. */
export default async function SiteLayout({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const [user, institution] = await Promise.all([getCurrentUser(), homeInstitutionName(t("common.appName"))]);
  return (
    <PageShell
      locale={locale}
      t={t}
      institution={institution}
      messages={pickMessages(locale, ["common", "nav", "validation"])}
      nav={<NavItems user={user} t={t} mailCapture={mailCaptureEnabled()} />}
    >
      {children}
    </PageShell>
  );
}
