import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getApplication } from "@/lib/server/application/get-application";
import { getApplicationFormOptions } from "@/lib/server/application/get-form-options";
import { getTimeline } from "@/lib/server/application/timeline";
import { Timeline } from "@/components/application/timeline";
import { getGrantDecision } from "@/lib/server/grant/get-grant-decision";
import { getWithdrawal } from "@/lib/server/grant/get-withdrawal";
import { GrantSummary, WithdrawalSummary } from "@/components/grant/grant-summary";
import { WithdrawalForm } from "@/components/grant/withdrawal-form";
import { AGREEMENT_STATUSES, END_OF_STAY_STATUSES, isActive, isEditableByStudent } from "@/lib/domain/application/status";
import { getEndOfStay } from "@/lib/server/end-of-stay/get-end-of-stay";
import { EndOfStayPanel } from "@/components/end-of-stay/end-of-stay-panel";
import { eligibilityContextFor } from "@/lib/server/round/eligible-nationalities";
import { phaseOf } from "@/lib/domain/dossier/checklist";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { ApplicationWizard } from "@/components/application/application-wizard";
import { countryOptions } from "@/components/eligibility/country-options";
import { ApplicationSummary } from "@/components/application/application-summary";
import { StatusBadge } from "@/components/application/status-badge";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { getStudentPlace } from "@/lib/server/selection/student-place";
import { StudentPlaceCard } from "@/components/selection/student-place-card";

export default async function StudentApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("STUDENT");
  const { id } = await params;
  const application = await getApplication(user, id);
  if (!application) notFound();
  const { locale, t } = await getTranslator();
  const editable = isEditableByStudent(application.status) && application.round.open;
  const applicationPhase = phaseOf(application.checklist, "APPLICATION");
  const [grant, withdrawal, place, endOfStay] = await Promise.all([
    getGrantDecision(user, id),
    getWithdrawal(user, id),
    getStudentPlace(user, id),
    END_OF_STAY_STATUSES.includes(application.status) ? getEndOfStay(user, id) : null,
  ]);

  return (
    <div className="space-y-6">
      <PageHeader
        title={application.round.name}
        lead={t("application.deadline", { deadline: formatDate(application.round.deadline, locale) })}
        actions={
          <>
            {AGREEMENT_STATUSES.includes(application.status) && (
              <ButtonLink href={`/student/applications/${id}/learning-agreement`} variant="secondary">
                {t("learningAgreement.open")}
              </ButtonLink>
            )}
            <ButtonLink href={`/student/applications/${id}/dossier`} variant="secondary">
              {t("dossier.title")}
            </ButtonLink>
          </>
        }
      />
      <p className="flex items-center gap-2">
        <span className="font-semibold">{t("common.label", { label: t("application.status") })}</span>
        <StatusBadge status={application.status} label={t(`statuses.${application.status}`)} />
        {application.submittedAt && (
          <span className="text-sm text-slate-600">{t("application.submittedOn", { date: formatDateTime(application.submittedAt, locale) })}</span>
        )}
      </p>
      {!application.round.open && isEditableByStudent(application.status) && (
        <Alert tone="warning">
          {t("application.roundClosed", { round: application.round.name, deadline: formatDate(application.round.deadline, locale) })}
        </Alert>
      )}
      {place && <StudentPlaceCard applicationId={id} place={place} t={t} locale={locale} />}
      {editable ? (
        <I18nProvider locale={locale} messages={pickMessages(locale, ["application", "eligibility", "errors", "dossier", "catalogue"])}>
          <ApplicationWizard
            applicationId={application.id}
            version={application.version}
            currentStep={application.currentStep}
            form={application.form}
            options={await getApplicationFormOptions(application.round.id)}
            nationalities={(await eligibilityContextFor(application.round.id))?.nationalities ?? []}
            countries={countryOptions(locale)}
            pieces={{ provided: applicationPhase.provided, total: applicationPhase.items.length }}
          />
        </I18nProvider>
      ) : (
        <Card title={t("application.summaryTitle")}>
          <ApplicationSummary application={application} t={t} locale={locale} />
          <p className="mt-4">
            <Link className="font-semibold text-eu-blue underline" href={`/student/applications/${id}/dossier`}>
              {t("application.openDossier")}
            </Link>
          </p>
        </Card>
      )}
      {endOfStay && (
        <Card title={t("endOfStay.title")}>
          <EndOfStayPanel applicationId={id} view={endOfStay} settlement={grant?.settlement ?? null} t={t} locale={locale} />
        </Card>
      )}
      {grant && (
        <Card title={t("grants.yourGrantTitle")}>
          <GrantSummary applicationId={id} decision={grant} t={t} locale={locale} />
        </Card>
      )}
      {withdrawal ? (
        <Card title={t("grants.withdrawTitle")}>
          <WithdrawalSummary withdrawal={withdrawal} t={t} locale={locale} />
        </Card>
      ) : (
        isActive(application.status) &&
        application.status !== "DRAFT" && (
          <Card title={t("grants.withdrawTitle")}>
            <I18nProvider locale={locale} messages={pickMessages(locale, ["grants", "errors"])}>
              <WithdrawalForm applicationId={id} />
            </I18nProvider>
          </Card>
        )
      )}
      <Card title={t("timeline.title")}>
        <Timeline entries={await getTimeline(user, id)} t={t} locale={locale} />
      </Card>
    </div>
  );
}
