import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFactSheet } from "@/lib/server/incoming/get-factsheet";
import { openIntakes } from "@/lib/domain/incoming/deadlines";
import { parseIsoDate } from "@/lib/domain/calendar";
import { uploadMaxMb } from "@/lib/server/env";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { IncomingApplicationForm } from "@/components/incoming/incoming-application-form";
import { Card, PageHeader } from "@/components/ui/page";
import { Alert } from "@/components/ui/alert";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("incoming.applyTitle") };
}

export default async function IncomingApplyPage() {
  const sheet = await getFactSheet();
  if (!sheet) notFound();
  const { locale, t } = await getTranslator();
  const intakes = openIntakes(new Date(), sheet.content.deadlines, sheet.content.institution.timeZone).map((intake) => ({
    value: `${intake.semester}:${intake.academicYear}`,
    label: t("incoming.fields.intakeOption", {
      semester: t(`incoming.semesters.${intake.semester}`),
      year: intake.academicYear,
      date: formatDate(parseIsoDate(intake.deadlineDate)!, locale),
      days: intake.daysLeft,
    }),
  }));
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t("incoming.applyTitle")} lead={t("incoming.applyLead")} />
      <Card>
        {intakes.length === 0 ? (
          <Alert tone="info">{t("incoming.applicationsClosed")}</Alert>
        ) : (
          <I18nProvider locale={locale} messages={pickMessages(locale, ["incoming", "application", "dossier", "errors"])}>
            <IncomingApplicationForm intakes={intakes} maxMb={uploadMaxMb()} />
          </I18nProvider>
        )}
      </Card>
    </div>
  );
}
