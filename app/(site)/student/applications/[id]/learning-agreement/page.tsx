import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getApplication } from "@/lib/server/application/get-application";
import { getAgreementByApplication } from "@/lib/server/learning-agreement/get-agreement";
import { initialAgreementContent } from "@/lib/server/learning-agreement/initial-agreement-content";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AgreementEditor } from "@/components/learning-agreement/agreement-editor";
import { DeleteAgreement } from "@/components/learning-agreement/delete-agreement";
import { ChangeProposal } from "@/components/learning-agreement/change-proposal";
import { AgreementHistory } from "@/components/learning-agreement/version-view";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

export default async function StudentLearningAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("STUDENT");
  const { id } = await params;
  const application = await getApplication(user, id);
  if (!application) notFound();
  const { locale, t } = await getTranslator();
  const agreement = await getAgreementByApplication(user, id);
  const versions = agreement?.versions ?? [];
  const { latest, agreed, changesPending } = agreement?.progress ?? { latest: null, agreed: null, changesPending: false };
  const editable = agreement ? agreement.can.editFirstVersion : application.can.startAgreement;
  const draftContent = latest?.content ?? (editable ? await initialAgreementContent(user, id) : null);
  const { mobility } = application;
  const stay = mobility?.semesters.length === 2 ? "YEAR" : mobility?.semesters[0] === "SPRING" ? "SPRING" : "AUTUMN";
  const windowDays = agreement?.changeWindowDays ?? 35;
  const canChange = agreement?.can.proposeChanges ?? false;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t("learningAgreement.title")}
        lead={t("learningAgreement.lead")}
        actions={
          <ButtonLink href={`/student/applications/${id}`} variant="secondary">
            {t("dossier.backToApplication")}
          </ButtonLink>
        }
      />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["learningAgreement", "errors", "coordinator"])}>
        {!editable && !agreed && versions.length === 0 && <Alert tone="info">{t("learningAgreement.notOpen")}</Alert>}
        {editable && draftContent && (
          <Card>
            {mobility && (
              <p className="mb-4 text-sm text-slate-800" data-testid="agreement-host">
                {t("learningAgreement.hostOfMobility", { partner: mobility.partner })}
              </p>
            )}
            <AgreementEditor applicationId={id} revision={latest?.revision ?? 0} content={draftContent} stay={stay} />
          </Card>
        )}
        {agreement?.can.delete && <DeleteAgreement applicationId={id} />}
        {agreed && (
          <Card title={t("learningAgreement.changesTitle")}>
            {changesPending ? (
              <Alert tone="info">{t("learningAgreement.changesPending")}</Alert>
            ) : canChange ? (
              <>
                <p className="mb-3 text-sm text-slate-700">{t("learningAgreement.changesLead", { days: windowDays })}</p>
                <ChangeProposal applicationId={id} agreed={agreed.content} />
              </>
            ) : (
              <p className="text-sm text-slate-700">{t("learningAgreement.changesClosed", { days: windowDays })}</p>
            )}
          </Card>
        )}
      </I18nProvider>
      {versions.length > 0 && (
        <section className="space-y-3">
          <h2 className="text-xl font-semibold">{t("learningAgreement.historyTitle")}</h2>
          <AgreementHistory versions={versions} t={t} locale={locale} />
        </section>
      )}
    </div>
  );
}
