import { requireRole } from "@/lib/server/auth/session";
import { getHomeInstitution } from "@/lib/server/institution/get-home-institution";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { countryOptions } from "@/components/eligibility/country-options";
import { HomeInstitutionForm } from "@/components/admin/home-institution-form";
import { Card, PageHeader } from "@/components/ui/page";

export default async function HomeInstitutionPage() {
  await requireRole("ADMINISTRATOR");
  const { locale, t } = await getTranslator();
  const home = await getHomeInstitution();
  const values = {
    version: home?.version ?? 1,
    name: home?.name ?? "",
    erasmusCode: home?.erasmusCode ?? "",
    schacCode: home?.schacCode ?? "",
    countryCode: home?.countryCode ?? "",
    city: home?.city ?? "",
    website: home?.website ?? "",
  };
  return (
    <div>
      <PageHeader title={t("staff.institutionTitle")} lead={t("staff.institutionLead")} />
      <Card>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["staff", "partners", "errors"])}>
          <HomeInstitutionForm values={values} countries={countryOptions(locale)} />
        </I18nProvider>
      </Card>
    </div>
  );
}
