import type { Metadata } from "next";
import { openStaffInvitation } from "@/lib/server/staff/staff-invitation-link";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AcceptInvitationForm } from "@/components/staff/accept-invitation-form";
import { Alert } from "@/components/ui/alert";
import { InstitutionSignInButton } from "@/components/auth/institution-sign-in-button";
import { passwordAccountsOpen } from "@/lib/server/auth/institution-provider";
import { homeInstitutionName } from "@/lib/server/institution/get-home-institution";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

/** The invited staff member's page, reached only through the single-use link e-mailed to them. */
export default async function StaffInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await getTranslator();
  const opened = await openStaffInvitation(token);
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title={t("staff.acceptTitle")} />
      {opened.ok ? (
        <Card>
          <p className="mb-4 text-slate-700">
            {t("staff.acceptLead", { name: opened.invitation.name, role: t(`roles.${opened.invitation.role}`), email: opened.invitation.email })}
          </p>
          {passwordAccountsOpen(opened.invitation.role) ? (
            <I18nProvider locale={locale} messages={pickMessages(locale, ["staff", "errors"])}>
              <AcceptInvitationForm token={token} />
            </I18nProvider>
          ) : (
            // Staff sign in with the institution's account: the invitation becomes their account at the first sign-in.
            <InstitutionSignInButton label={t("auth.signInWithInstitution", { institution: await homeInstitutionName(t("common.appName")) })} />
          )}
        </Card>
      ) : (
        <Alert tone="error">{t(`errors.refusals.${opened.refusal}`)}</Alert>
      )}
    </div>
  );
}
