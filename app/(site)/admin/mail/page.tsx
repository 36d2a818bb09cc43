import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { listCapturedEmails } from "@/lib/server/mail/list-captured-emails";
import { mailCaptureEnabled } from "@/lib/server/mail/capture";
import { getTranslator } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page";

export default async function CapturedMailPage() {
  const user = await requireRole("ADMINISTRATOR");
  if (!mailCaptureEnabled()) notFound();
  const { locale, t } = await getTranslator();
  const emails = await listCapturedEmails(user);
  return (
    <div>
      <PageHeader title={t("admin.mailTitle")} lead={t("admin.mailLead")} />
      {emails.length === 0 ? (
        <p>{t("admin.mailEmpty")}</p>
      ) : (
        <ul className="space-y-3">
          {emails.map((email) => (
            <li key={email.id}>
              <details className="rounded-md border border-slate-200 bg-white p-3">
                <summary className="cursor-pointer">
                  <span className="font-semibold">{email.subject}</span> — {t("admin.mailTo")} {email.to} · {formatDateTime(email.receivedAt, locale)}
                </summary>
                <pre className="mt-2 whitespace-pre-wrap text-sm">{email.text}</pre>
                {email.attachmentNames.length > 0 && (
                  <p className="mt-2 text-sm">
                    {t("admin.mailAttachments")} {email.attachmentNames.join(", ")}
                  </p>
                )}
              </details>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
