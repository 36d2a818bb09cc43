import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getRecognitionForm } from "@/lib/server/end-of-stay/get-recognition-form";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RecognitionForm } from "@/components/end-of-stay/recognition-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

/** The home coordinator records the recognition of the period abroad, which completes the mobility. */
export default async function RecognitionPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("DEPARTMENTAL_COORDINATOR", "INTERNATIONAL_OFFICE");
  const { id } = await params;
  const view = await getRecognitionForm(user, id);
  if (!view) notFound();
  const { locale, t } = await getTranslator();
  const ready = view.status === "ARRIVED" && view.attendanceConfirmed && view.transcript;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("recognition.title", { student: view.student })}
        lead={t("recognition.lead")}
        actions={
          <ButtonLink href={`/coordinator/applications/${id}`} variant="secondary">
            {t("coordinator.backToDossier")}
          </ButtonLink>
        }
      />
      {view.status === "COMPLETED" ? (
        <Alert tone="success">{t("recognition.completed")}</Alert>
      ) : !ready ? (
        <Alert tone="info">{t("recognition.notReady")}</Alert>
      ) : (
        <Card>
          <I18nProvider locale={locale} messages={pickMessages(locale, ["recognition", "endOfStay", "errors"])}>
            <RecognitionForm applicationId={id} recognized={view.recognized} transcript={view.transcript!} tables={view.tables} />
          </I18nProvider>
        </Card>
      )}
    </div>
  );
}
