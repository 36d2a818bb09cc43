import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listIncomingLearningAgreements } from "@/lib/server/ewp/list-incoming-learning-agreements";
import type { ReadVersion } from "@/lib/server/ewp/documents/read-learning-agreement";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDateTime } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AnswerIncomingAgreement } from "@/components/ewp/answer-incoming-agreement";
import { Alert } from "@/components/ui/alert";
import { Card, PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("ewp.incomingTitle") };
}

function Components({ version, caption, t }: { version: ReadVersion; caption: string; t: Translate }) {
  return (
    <Table caption={t("ewp.tableCaption", { version: caption })} head={[t("ewp.table"), t("ewp.component"), t("ewp.credits"), t("ewp.change")]}>
      {version.components.map((c, index) => (
        <tr key={index}>
          <Cell>{t(`ewp.tables.${c.table}`)}</Cell>
          <Cell>{c.title}</Cell>
          <Cell>{c.credits}</Cell>
          <Cell>{c.status === "inserted" || c.status === "deleted" ? `${t(`ewp.statuses.${c.status}`)}${c.reason ? ` — ${c.reason}` : ""}` : ""}</Cell>
        </tr>
      ))}
    </Table>
  );
}

/** The learning agreements partner institutions send through EWP, this institution receiving the students. */
export default async function IncomingLearningAgreementsPage() {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const agreements = await listIncomingLearningAgreements(user);
  return (
    <div className="space-y-6">
      <PageHeader title={t("ewp.incomingTitle")} lead={t("ewp.incomingLead")} />
      {agreements.length === 0 && <p className="text-sm text-slate-700">{t("ewp.none")}</p>}
      {agreements.map((row) => {
        const la = row.agreement;
        return (
          <div key={row.id} data-testid="incoming-agreement">
            <Card title={`${la?.student.name ?? row.studentName ?? row.sendingHeiId} — ${t("ewp.from", { hei: row.sendingHeiId })}`}>
              <div className="space-y-4">
                {!la && <p className="text-sm text-slate-700">{row.fetchedAt ? t("ewp.nothingOpen") : t("ewp.notRead")}</p>}
                {row.lastError && <Alert tone="warning">{t("ewp.lastError")}</Alert>}
                {la && (
                  <p className="text-sm text-slate-700">
                    {t("ewp.period", { year: la.academicYear, period: la.period })} · {t("ewp.sendingContact", { contact: la.sending.contact })}
                  </p>
                )}
                {row.answer && row.answeredAt && (
                  <p className="text-sm">
                    {t(`ewp.answered.${row.answer}`, { date: formatDateTime(row.answeredAt, locale), comment: row.answerComment ?? "" })}
                  </p>
                )}
                {la?.firstVersion && <Components version={la.firstVersion} caption={t("ewp.firstVersion")} t={t} />}
                {la?.approvedChanges && <Components version={la.approvedChanges} caption={t("ewp.approvedChanges")} t={t} />}
                {la?.proposal && (
                  <>
                    <Components version={la.proposal} caption={t("ewp.proposal")} t={t} />
                    <I18nProvider locale={locale} messages={pickMessages(locale, ["ewp", "errors", "learningAgreement"])}>
                      <AnswerIncomingAgreement id={row.id} version={row.version} proposalId={la.proposal.id} />
                    </I18nProvider>
                  </>
                )}
              </div>
            </Card>
          </div>
        );
      })}
    </div>
  );
}
