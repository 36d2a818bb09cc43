import { requireRole } from "@/lib/server/auth/session";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { countryOptions } from "@/components/eligibility/country-options";
import { PartnerForm } from "@/components/partner/partner-form";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page";

const EMPTY = { name: "", erasmusCode: "", schacCode: "", countryCode: "", city: "", website: "", languagesOfInstruction: "", contacts: [] };

export default async function NewPartnerPage() {
  await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  return (
    <div>
      <PageHeader
        title={t("partners.newTitle")}
        actions={
          <ButtonLink href="/coordinator/partners" variant="secondary">
            {t("partners.back")}
          </ButtonLink>
        }
      />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["partners", "errors"])}>
        <PartnerForm values={EMPTY} countries={countryOptions(locale)} />
      </I18nProvider>
    </div>
  );
}
