import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { COORDINATOR_ROLES } from "@/lib/domain/roles";
import { getAgreementByApplication } from "@/lib/server/learning-agreement/get-agreement";
import { hostRecipientsFor } from "@/lib/server/learning-agreement/host-recipients";
import { learningAgreementRoute } from "@/lib/server/ewp/learning-agreement-route";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDateTime } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AgreementHistory } from "@/components/learning-agreement/version-view";
import { Invitations, OfficeApproval, SendingSignPanel } from "@/components/learning-agreement/sending-sign-panel";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

export default async function CoordinatorLearningAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole(...COORDINATOR_ROLES);
  const { id } = await params;
  const agreement = await getAgreementByApplication(user, id);
  if (!agreement) notFound();
  const { locale, t } = await getTranslator();
  const { can, openInvitations } = agreement;
  const { proposal, sendingSigned, awaitingHost } = agreement.progress;
  const recipients = (await hostRecipientsFor(user, id)).map((r) => ({
    key: r.key,
    label: t("learningAgreement.recipientLine", {
      name: r.name,
      email: r.email,
      role: r.role === "HOST_ACCOUNT" ? t("learningAgreement.hostAccount") : t(`partners.roles.${r.role}`),
    }),
  }));
  // Signing sends the host a link unless the host already signed this version, or the agreement travels through EWP.
  const hostSigned = proposal?.signatures.some((s) => s.party === "RECEIVING" && s.valid);
  const route = await learningAgreementRoute(id);
  return (
    <div className="space-y-6">
      <PageHeader
        title={`${t("learningAgreement.title")} — ${agreement.student.name}`}
        lead={`${agreement.sendingInstitution} → ${agreement.receivingInstitution}`}
        actions={
          <ButtonLink href={`/coordinator/applications/${id}`} variant="secondary">
            {t("coordinator.backToList")}
          </ButtonLink>
        }
      />
      <p className="text-sm text-slate-700" data-testid="agreement-route">
        {route.way === "ewp" ? t("ewp.route.ewp", { hei: route.heiId }) : t("ewp.route.link")}
      </p>
      <I18nProvider locale={locale} messages={pickMessages(locale, ["learningAgreement", "errors", "coordinator"])}>
        {can.signForHome && proposal && (
          <Card title={t("learningAgreement.version", { number: proposal.number })}>
            {agreement.needsOfficeApproval && (
              <p className="mb-3 text-sm" data-testid="office-approval">
                {proposal.officeApprovedAt ? t("learningAgreement.officeApproved") : t("learningAgreement.officeApprovalPending")}
              </p>
            )}
            {can.approveAsOffice && (
              <div className="mb-3">
                <OfficeApproval versionId={proposal.id} seenHash={proposal.contentHash} />
              </div>
            )}
            <SendingSignPanel versionId={proposal.id} seenHash={proposal.contentHash} recipients={hostSigned || route.way === "ewp" ? undefined : recipients} />
          </Card>
        )}
        {proposal && sendingSigned && <Alert tone="success">{t("learningAgreement.sendingSigned", { number: proposal.number })}</Alert>}
        {can.manageInvitations && (openInvitations.length > 0 || (awaitingHost && route.way === "link")) && (
          <Card title={t("learningAgreement.invitations")}>
            <Invitations
              invitations={openInvitations.map((i) => ({
                id: i.id,
                label: t("learningAgreement.invitationLine", { email: i.email, date: formatDateTime(i.expiresAt, locale) }),
              }))}
              awaitingHostVersionId={awaitingHost?.id ?? null}
              recipients={recipients}
            />
          </Card>
        )}
      </I18nProvider>
      <AgreementHistory versions={agreement.versions} t={t} locale={locale} />
    </div>
  );
}
