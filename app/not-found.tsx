import type { Metadata } from "next";
import { LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translate";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";
import { PageShell } from "@/components/layout/page-shell";
import { SessionNav } from "@/components/layout/session-nav";

export const metadata: Metadata = {
  title: LOCALES.map((locale) => translator(locale)("common.notFoundTitle")).join(" · "),
};

/**
 * An address that matches no page. It is also rendered with every page
 * served from the static cache, so it reads nothing from the request: it
 * speaks both languages instead of the reader's, and is built without
 * the server's settings (so no link to captured mail).
 */
export default function NotFound() {
  const t = translator("fr");
  return (
    <PageShell locale="fr" t={t} messages={pickMessages("fr", ["common", "nav", "roles"])} nav={<SessionNav mailCapture={false} />}>
      <div className="space-y-10">
        {LOCALES.map((locale) => {
          const say = translator(locale);
          return (
            <div key={locale} lang={locale}>
              <PageHeader title={say("common.notFoundTitle")} lead={say("common.notFoundBody")} />
              <ButtonLink href="/">{say("common.backHome")}</ButtonLink>
            </div>
          );
        })}
      </div>
    </PageShell>
  );
}
