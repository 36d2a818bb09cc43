import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { homePathFor } from "@/lib/domain/roles";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { InstitutionSignInButton } from "@/components/auth/institution-sign-in-button";
import { Alert } from "@/components/ui/alert";
import { passwordAccountsOpen } from "@/lib/server/auth/institution-provider";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { Card, PageHeader } from "@/components/ui/page";

export default async function SignUpPage() {
  const user = await getCurrentUser();
  if (user) redirect(homePathFor(user.role));
  const { locale, t } = await getTranslator();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.signUpTitle")} />
      <Card>
        {passwordAccountsOpen("STUDENT") ? (
          <I18nProvider locale={locale} messages={pickMessages(locale, ["auth", "errors"])}>
            <SignUpForm />
          </I18nProvider>
        ) : (
          <div className="space-y-4">
            <Alert>{t("auth.signUpWithInstitution")}</Alert>
            <InstitutionSignInButton label={t("auth.signInWithInstitution", { institution: await homeInstitutionName(t("common.appName")) })} />
          </div>
        )}
      </Card>
    </div>
  );
}
