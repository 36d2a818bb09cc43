import type { Metadata } from "next";
import { getHostRequest } from "@/lib/server/end-of-stay/get-host-request";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { parseIsoDate } from "@/lib/domain/calendar";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AttendanceForm } from "@/components/end-of-stay/attendance-form";
import { TranscriptForm } from "@/components/end-of-stay/transcript-form";
import { FileUploadField } from "@/components/forms/file-upload-field";
import { uploadMaxMb } from "@/lib/server/env";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";

export const metadata: Metadata = { referrer: "no-referrer", robots: { index: false } };

const REASON_KEY = { invalid: "linkInvalid", expired: "linkExpired", revoked: "linkRevoked", used: "linkUsed" } as const;

/** The host's page at the end of the stay, reached only through the single-use link e-mailed to one of the partner's registered people. */
export default async function HostEndOfStayPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const { locale, t } = await getTranslator();
  const opened = await getHostRequest(token);
  if (!opened.ok) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("endOfStay.title")} />
        <Alert tone={opened.reason === "used" ? "info" : "error"}>{t(`endOfStay.${REASON_KEY[opened.reason]}`)}</Alert>
      </div>
    );
  }
  const { view } = opened;
  const attendance = view.request === "ATTENDANCE";
  const contracted = view.contracted && {
    from: formatDate(parseIsoDate(view.contracted.start)!, locale),
    to: formatDate(parseIsoDate(view.contracted.end)!, locale),
  };
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <PageHeader
        title={t(attendance ? "endOfStay.hostAttendanceTitle" : "endOfStay.hostTranscriptTitle", { student: view.student })}
        lead={attendance ? t("endOfStay.hostAttendanceLead", { student: view.student, host: view.host }) : t("endOfStay.hostTranscriptLead")}
      />
      {contracted && <p className="text-sm text-slate-700">{t("endOfStay.contractedStay", contracted)}</p>}
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["endOfStay", "errors", "dossier"])}>
          {attendance ? (
            <AttendanceForm
              token={token}
              applicationId={view.applicationId}
              days={view.latestAttendance ?? { firstDay: view.contracted?.start ?? "", lastDay: view.contracted?.end ?? "" }}
            />
          ) : (
            <div className="space-y-6">
              <TranscriptForm token={token} applicationId={view.applicationId} studied={view.studied} latest={view.latestTranscript} />
              <FileUploadField
                label={t("endOfStay.uploadTranscript")}
                url={`/api/v1/end-of-stay/${token}/transcript`}
                maxMb={uploadMaxMb()}
                accept=".pdf,application/pdf"
                done={t("endOfStay.transcriptUploaded")}
              />
            </div>
          )}
        </I18nProvider>
      </Card>
    </div>
  );
}
