import { getIncomingStatus } from "@/lib/server/incoming/get-incoming-status";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate } from "@/lib/i18n/format";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/page";

const TONE = { SUBMITTED: "info", ACCEPTED: "success", DECLINED: "danger" } as const;

/** The incoming student's private status page, reached from the confirmation e-mail. */
export default async function IncomingStatusPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ token?: string }> }) {
  const { id } = await params;
  const { token } = await searchParams;
  const { locale, t } = await getTranslator();
  const status = await getIncomingStatus(id, token ?? "");
  if (!status) {
    return (
      <div className="mx-auto max-w-2xl">
        <PageHeader title={t("incoming.statusTitle")} />
        <Alert tone="error">{t("incoming.statusNotFound")}</Alert>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        title={t("incoming.statusTitle")}
        lead={t("incoming.statusLead", {
          semester: t(`incoming.semesters.${status.semester}`).toLowerCase(),
          year: status.academicYear,
          date: formatDate(status.createdAt, locale),
        })}
      />
      <Card>
        <p data-testid="incoming-status">
          <Badge tone={TONE[status.status]}>{t(`incoming.statuses.${status.status}`)}</Badge>
        </p>
        {status.decisionMessage && (
          <div className="mt-4">
            <h2 className="font-semibold">{t("incoming.decisionMessage")}</h2>
            <p className="whitespace-pre-wrap text-sm">{status.decisionMessage}</p>
          </div>
        )}
        {status.hasLetter && (
          <p className="mt-4">
            <a
              className="font-semibold text-eu-blue underline"
              href={`/api/v1/incoming-applications/${id}/acceptance-letter?token=${encodeURIComponent(token ?? "")}`}
            >
              {t("incoming.letterLink")}
            </a>
          </p>
        )}
      </Card>
    </div>
  );
}
