import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listPartners } from "@/lib/server/partner/list-partners";
import { getTranslator } from "@/lib/i18n/server";
import { regionName } from "@/lib/i18n/format";
import { PageHeader } from "@/components/ui/page";
import { ButtonLink } from "@/components/ui/button";
import { Cell, Table } from "@/components/ui/table";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { PartnerImport } from "@/components/partner/partner-import";

export default async function PartnersPage() {
  await requireRole("INTERNATIONAL_OFFICE");
  const { locale, t } = await getTranslator();
  const partners = await listPartners();
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("partners.title")}
        lead={t("partners.lead")}
        actions={<ButtonLink href="/coordinator/partners/new">{t("partners.add")}</ButtonLink>}
      />
      {partners.length === 0 ? (
        <p className="text-slate-700">{t("partners.empty")}</p>
      ) : (
        <Table
          head={[
            t("partners.columns.name"),
            t("partners.columns.erasmusCode"),
            t("partners.columns.country"),
            t("partners.columns.city"),
            t("partners.columns.languages"),
          ]}
        >
          {partners.map((partner) => (
            <tr key={partner.id}>
              <Cell>
                <Link
                  href={`/coordinator/partners/${partner.id}`}
                  className="font-medium text-eu-blue underline"
                  aria-label={t("partners.edit", { name: partner.name })}
                >
                  {partner.name}
                </Link>
              </Cell>
              <Cell>{partner.erasmusCode}</Cell>
              <Cell>{regionName(partner.countryCode, locale)}</Cell>
              <Cell>{partner.city}</Cell>
              <Cell>{partner.languagesOfInstruction.join(", ")}</Cell>
            </tr>
          ))}
        </Table>
      )}
      <section className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-labelledby="partners-import">
        <h2 id="partners-import" className="text-lg font-semibold">
          {t("partners.import.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("partners.import.lead")}</p>
        <a href="/api/v1/partners/export" className="inline-block font-medium text-eu-blue underline" download>
          {t("partners.import.export")}
        </a>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["partners", "errors"])}>
          <PartnerImport />
        </I18nProvider>
      </section>
    </div>
  );
}
