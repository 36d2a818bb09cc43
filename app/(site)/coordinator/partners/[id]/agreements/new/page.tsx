import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { agreementFormOptions } from "@/lib/server/agreement/agreement-form-options";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { namedOptions } from "@/lib/i18n/format";
import { LANGUAGE_CODES } from "@/lib/domain/languages";
import { nextAcademicYear } from "@/lib/domain/round";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { AgreementForm } from "@/components/agreement/agreement-form";
import { NEW_CONDITION } from "@/lib/validation/agreement";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

export default async function NewAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const { id } = await params;
  const options = await agreementFormOptions(user, id);
  if (!options) notFound();
  const { locale, t } = await getTranslator();
  // Agreements are usually signed for the coming years: start from next year's.
  const thisYear = new Date().getFullYear();
  const first = nextAcademicYear(`${thisYear}-${thisYear + 1}`);
  return (
    <div className="space-y-4">
      <PageHeader
        title={t("agreements.newTitle", { partner: options.partner.name })}
        actions={
          <ButtonLink href={`/coordinator/partners/${id}`} variant="secondary">
            {t("agreements.back", { partner: options.partner.name })}
          </ButtonLink>
        }
      />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["agreements", "staff", "errors"])}>
        <AgreementForm
          values={{ partnerInstitutionId: id, firstAcademicYear: first, lastAcademicYear: first, status: "DRAFT", conditions: [{ ...NEW_CONDITION }] }}
          languages={namedOptions(LANGUAGE_CODES, "language", locale)}
          departments={options.departments}
        />
      </I18nProvider>
    </div>
  );
}
