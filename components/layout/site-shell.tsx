import type { ReactNode } from "react";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";
import { NavItems } from "./nav-items";
import { PageShell } from "./page-shell";

/** The shell of a page rendered per request: language and account read from the request. */
export async function SiteShell({ children }: { children: ReactNode }) {
  const { locale, t } = await getTranslator();
  const user = await getCurrentUser();
  return (
    <PageShell
      locale={locale}
      t={t}
      messages={pickMessages(locale, ["common", "nav", "validation"])}
      nav={<NavItems user={user} t={t} mailCapture={mailCaptureEnabled()} />}
    >
      {children}
    </PageShell>
  );
}
