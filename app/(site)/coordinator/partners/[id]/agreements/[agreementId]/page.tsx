import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getAgreementForEditing } from "@/lib/server/agreement/get-agreement";
import { agreementFormOptions } from "@/lib/server/agreement/agreement-form-options";
import { uploadMaxMb } from "@/lib/server/env";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate, namedOptions } from "@/lib/i18n/format";
import { LANGUAGE_CODES } from "@/lib/domain/languages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AgreementForm } from "@/components/agreement/agreement-form";
import { FileUploadField } from "@/components/forms/file-upload-field";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

type Props = { params: Promise<{ id: string; agreementId: string }>; searchParams: Promise<{ created?: string }> };

export default async function AgreementPage({ params, searchParams }: Props) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const [{ id, agreementId }, { created }] = await Promise.all([params, searchParams]);
  const [agreement, options] = await Promise.all([getAgreementForEditing(user, agreementId), agreementFormOptions(user, id)]);
  if (!agreement || !options || agreement.partner.id !== id) notFound();
  const { locale, t } = await getTranslator();
  const years = t("agreements.years", { first: agreement.values.firstAcademicYear, last: agreement.values.lastAcademicYear });
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("agreements.editTitle", { partner: agreement.partner.name, years })}
        actions={
          <ButtonLink href={`/coordinator/partners/${id}`} variant="secondary">
            {t("agreements.back", { partner: agreement.partner.name })}
          </ButtonLink>
        }
      />
      {created && <Alert tone="success">{t("agreements.created")}</Alert>}
      <I18nProvider locale={locale} messages={pickMessages(locale, ["agreements", "staff", "dossier", "errors"])}>
        <Card title={t("agreements.signedCopy")}>
          <div className="space-y-3">
            {agreement.signedCopy ? (
              <a className="text-sm text-eu-blue underline" href={`/api/v1/files/${agreement.signedCopy.id}?inline=1`}>
                {t("agreements.signedCopyOf", { name: agreement.signedCopy.originalName, date: formatDate(agreement.signedCopy.uploadedAt, locale) })}
              </a>
            ) : (
              <p className="text-sm text-slate-700">{t("agreements.signedCopyNone")}</p>
            )}
            <FileUploadField
              label={t("agreements.uploadSignedCopy")}
              url={`/api/v1/agreements/${agreement.id}/signed-copy`}
              maxMb={uploadMaxMb()}
              accept=".pdf,application/pdf"
              done={t("agreements.signedCopyUploaded")}
            />
          </div>
        </Card>
        <AgreementForm
          // An upload of the signed copy changes the version: it re-renders the form on the version the page read. The form's own
          // saves do not remount it (their notice stays), it follows its version itself.
          key={agreement.signedCopy?.id ?? "none"}
          saved={{ id: agreement.id, version: agreement.version }}
          values={agreement.values}
          languages={namedOptions(LANGUAGE_CODES, "language", locale)}
          departments={options.departments}
        />
      </I18nProvider>
    </div>
  );
}
