import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getPartnerForEditing } from "@/lib/server/partner/get-partner";
import { listPartnerAgreements } from "@/lib/server/agreement/list-partner-agreements";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { countryOptions } from "@/components/eligibility/country-options";
import { PartnerForm } from "@/components/partner/partner-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string }> };

export default async function PartnerPage({ params, searchParams }: Props) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const [{ id }, { created }] = await Promise.all([params, searchParams]);
  const [partner, agreements] = await Promise.all([getPartnerForEditing(user, id), listPartnerAgreements(user, id)]);
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
      <Card title={t("agreements.title")}>
        <p className="mb-3 text-sm text-slate-700">{t("agreements.lead")}</p>
        {agreements.length === 0 ? (
          <p className="text-sm">{t("agreements.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" aria-label={t("agreements.title")}>
            {agreements.map((agreement) => {
              const years = t("agreements.years", { first: agreement.firstAcademicYear, last: agreement.lastAcademicYear });
              return (
                <li key={agreement.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
                  <Link
                    href={`/coordinator/partners/${partnerId}/agreements/${agreement.id}`}
                    className="font-semibold text-eu-blue underline"
                    aria-label={t("agreements.edit", { years })}
                  >
                    {years}
                  </Link>
                  <span>{t(`agreements.statuses.${agreement.status}`)}</span>
                  <span>{t("agreements.outgoingPlaces", { count: agreement.conditions.reduce((sum, c) => sum + c.studentsPerYear, 0) })}</span>
                  <span>{agreement.signedCopyId ? t("agreements.signedCopy") : t("agreements.signedCopyNone")}</span>
                </li>
              );
            })}
          </ul>
        )}
        <div className="mt-3">
          <ButtonLink href={`/coordinator/partners/${partnerId}/agreements/new`} variant="secondary">
            {t("agreements.add")}
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
