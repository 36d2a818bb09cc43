import type { Metadata } from "next";
import { openInvitation } from "@/lib/server/learning-agreement/invitation-token";
import { getAgreementForInvitation } from "@/lib/server/learning-agreement/get-agreement";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { HostSignPanel } from "@/components/learning-agreement/host-sign-panel";
import { VersionPanel } from "@/components/learning-agreement/version-view";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

const REASON_KEY = { invalid: "invitationInvalid", expired: "invitationExpired", revoked: "invitationRevoked", used: "invitationUsed" } as const;

/** The host coordinator's page, reached only through the single-purpose link e-mailed to them. */
export default async function HostSigningPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await getTranslator();
  const opened = await openInvitation(token);
  // A used link shows what became of its version (signed or rejected, with every signature), never the signing form again;
  // only until the link would have expired: a link left in a mailbox does not read the agreement for ever.
  if (!opened.ok && opened.reason === "used" && opened.invitation.expiresAt > new Date()) {
    const agreement = (await getAgreementForInvitation(opened.invitation.agreementId))!;
    const version = agreement.versions.find((v) => v.id === opened.invitation.versionId)!;
    const signed = version.signatures.some((s) => s.party === "RECEIVING");
    return (
      <div className="space-y-6">
        <PageHeader title={t("learningAgreement.hostTitle", { student: agreement.student.name })} />
        <Alert tone={signed ? "success" : "info"}>{t(signed ? "learningAgreement.invitationUsedSigned" : "learningAgreement.invitationUsed")}</Alert>
        <VersionPanel version={version} previous={null} t={t} locale={locale} />
      </div>
    );
  }
  if (!opened.ok) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("learningAgreement.title")} />
        <Alert tone="error">{t(`learningAgreement.${REASON_KEY[opened.reason]}`)}</Alert>
      </div>
    );
  }
  const agreement = (await getAgreementForInvitation(opened.invitation.agreementId))!;
  const current = agreement.versions.find((v) => v.state === "PROPOSED") ?? agreement.versions.find((v) => v.id === opened.invitation.versionId)!;
  const previous = agreement.versions.filter((v) => v.state === "AGREED" && v.number < current.number).at(-1);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("learningAgreement.hostTitle", { student: agreement.student.name })}
        lead={t("learningAgreement.hostLead", { student: agreement.student.name, institution: agreement.receivingInstitution })}
      />
      <VersionPanel version={current} previous={previous?.content ?? null} t={t} locale={locale} />
      {current.state === "PROPOSED" && (
        <Card>
          <I18nProvider locale={locale} messages={pickMessages(locale, ["learningAgreement", "errors"])}>
            <HostSignPanel token={token} seenHash={current.contentHash} />
          </I18nProvider>
        </Card>
      )}
    </div>
  );
}
