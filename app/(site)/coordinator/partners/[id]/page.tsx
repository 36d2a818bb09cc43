import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getPartnerForEditing } from "@/lib/server/partner/get-partner";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { countryOptions } from "@/components/eligibility/country-options";
import { PartnerForm } from "@/components/partner/partner-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function PartnerPage({ params, searchParams }: Props) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const partner = await getPartnerForEditing(user, id);
  if (!partner) notFound();
  const { locale, t } = await getTranslator();
  const { id: partnerId, version, ...values } = partner;
  return (
    <div className="space-y-4">
      <PageHeader
        title={partner.name}
        actions={
          <ButtonLink href="/coordinator/partners" variant="secondary">
            {t("partners.back")}
          </ButtonLink>
        }
      />
      {created && <Alert tone="success">{t("partners.created")}</Alert>}
      <I18nProvider locale={locale} messages={pickMessages(locale, ["partners", "errors"])}>
        <PartnerForm saved={{ id: partnerId, version }} values={values} countries={countryOptions(locale)} />
      </I18nProvider>
    </div>
  );
}
