import type { Metadata } from "next";
import { openSignUpRequest } from "@/lib/server/user/sign-up-link";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ActivateAccountForm } from "@/components/auth/activate-account-form";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

/**
 * Reached only through the link e-mailed at sign-up. Opening it changes
 * nothing (mail scanners open links too): the student's password activates.
 */
export default async function ActivateAccountPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await getTranslator();
  const opened = await openSignUpRequest(token);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.activateTitle")} />
      {opened.ok ? (
        <Card>
          <p className="mb-4 text-slate-700">{t("auth.activateLead", { name: opened.request.name, email: opened.request.email })}</p>
          <I18nProvider locale={locale} messages={pickMessages(locale, ["auth", "errors"])}>
            <ActivateAccountForm token={token} />
          </I18nProvider>
        </Card>
      ) : (
        <Alert tone="error">{t(`errors.refusals.${opened.refusal}`)}</Alert>
      )}
    </div>
  );
}
