import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getIncomingApplication } from "@/lib/server/incoming/get-incoming-application";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, languageName } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { IncomingDecisionForm } from "@/components/incoming/incoming-decision-form";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

export default async function IncomingApplicationPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { id } = await params;
  const application = await getIncomingApplication(user, id);
  if (!application) notFound();
  const { locale, t } = await getTranslator();
  const rows: Array<[string, string]> = [
    [t("incoming.fields.email"), application.email],
    [t("incoming.fields.homeInstitution"), `${application.homeInstitution} (${application.homeErasmusCode})`],
    [t("incoming.fields.fieldOfStudy"), application.fieldOfStudy],
    [t("incoming.fields.intake"), `${t(`incoming.semesters.${application.semester}`)} ${application.academicYear}`],
    [t("incoming.fields.languages"), application.languages.map((l) => `${languageName(l.language, locale)} ${l.level}`).join(" · ")],
    [t("incoming.columns.received"), formatDate(application.createdAt, locale)],
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("incoming.detailTitle", { name: application.name })}
        actions={
          <ButtonLink href="/coordinator/incoming" variant="secondary">
            {t("coordinator.backToList")}
          </ButtonLink>
        }
      />
      <p data-testid="incoming-status">
        <Badge tone={application.status === "ACCEPTED" ? "success" : application.status === "DECLINED" ? "danger" : "info"}>
          {t(`incoming.statuses.${application.status}`)}
        </Badge>
      </p>
      <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <dl className="divide-y divide-slate-100">
            {rows.map(([label, value]) => (
              <div key={label} className="grid gap-1 py-2 sm:grid-cols-[14rem_1fr]">
                <dt className="text-sm font-medium text-slate-600">{label}</dt>
                <dd className="text-sm">{value}</dd>
              </div>
            ))}
          </dl>
          <p className="mt-4">
            <a className="font-semibold text-eu-blue underline" href={`/api/v1/files/${application.cv.id}?inline=1`} target="_blank" rel="noreferrer">
              {t("incoming.cvLink")}
            </a>{" "}
            <span className="text-sm text-slate-600">({application.cv.originalName})</span>
          </p>
        </Card>
        <Card title={t("incoming.decisionTitle")}>
          {application.status === "SUBMITTED" ? (
            <I18nProvider locale={locale} messages={pickMessages(locale, ["incoming", "coordinator", "errors"])}>
              <IncomingDecisionForm applicationId={application.id} version={application.version} />
            </I18nProvider>
          ) : (
            <>
              <p className="whitespace-pre-wrap text-sm">{application.decisionMessage ?? "—"}</p>
              {application.acceptanceLetterFileId && (
                <p className="mt-4">
                  <a className="font-semibold text-eu-blue underline" href={`/api/v1/files/${application.acceptanceLetterFileId}`}>
                    {t("incoming.letterLink")}
                  </a>
                </p>
              )}
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
