import { localPath } from "@/lib/domain/local-path";
import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { institutionSignInEnabled } from "@/lib/server/auth/institution-provider";
import { INSTITUTION_REFUSALS, type InstitutionRefusal } from "@/lib/server/auth/institution-sign-in";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { env } from "@/lib/server/env";
import { homePathFor } from "@/lib/domain/roles";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SignInForm } from "@/components/auth/sign-in-form";
import { InstitutionSignInButton } from "@/components/auth/institution-sign-in-button";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";

type Params = Record<string, string | string[] | undefined>;

/** Only a path on this site: never an absolute URL that would send the user elsewhere. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Params> }) {
  const user = await getCurrentUser();
  const params = await searchParams;
  const returnTo = localPath(params.callbackUrl);
  if (user) redirect(returnTo ?? homePathFor(user.role));
  const { locale, t } = await getTranslator();
  const refused = INSTITUTION_REFUSALS.find((r): r is InstitutionRefusal => r === params.refused);
  const withInstitution = institutionSignInEnabled();
  const withPassword = !withInstitution || env().PASSWORD_SIGN_IN !== "off";
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.signInTitle")} />
      <Card>
        <div className="space-y-4">
          {refused && <Alert tone="error">{t(`auth.institutionRefusals.${refused}`)}</Alert>}
          {/* next-auth's own codes (a wrong state, a replayed or refused code): one message, nothing to act on but starting again. */}
          {!refused && params.error && <Alert tone="error">{t("auth.institutionFailed")}</Alert>}
          {withInstitution && (
            <InstitutionSignInButton
              label={t("auth.signInWithInstitution", { institution: await homeInstitutionName(t("common.appName")) })}
              returnTo={returnTo}
            />
          )}
          {withInstitution && withPassword && <p className="text-sm font-semibold text-slate-700">{t("auth.orWithPassword")}</p>}
          {withPassword && (
            <I18nProvider locale={locale} messages={pickMessages(locale, ["auth"])}>
              <SignInForm returnTo={returnTo} />
            </I18nProvider>
          )}
        </div>
      </Card>
    </div>
  );
}
