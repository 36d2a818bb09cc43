import { localPath } from "@/lib/domain/local-path";
import { redirect } from "next/navigation";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { getCurrentUser } from "@/lib/server/auth/session";
import { homePathFor } from "@/lib/domain/roles";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { SignInForm } from "@/components/auth/sign-in-form";
import { Card, PageHeader } from "@/components/ui/page";

/** Only a path on this site: never an absolute URL that would send the user elsewhere. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await getCurrentUser();
  const returnTo = localPath((await searchParams).callbackUrl);
  if (user) redirect(returnTo ?? homePathFor(user.role));
  const { locale, t } = await getTranslator();
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("auth.signInTitle")} />
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["auth"])}>
          <SignInForm returnTo={returnTo} />
        </I18nProvider>
      </Card>
    </div>
  );
}
