import { requireRole } from "@/lib/server/auth/session";
import { listPartners } from "@/lib/server/partner/list-partners";
import { listRounds } from "@/lib/server/round/list-rounds";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { formatDate } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RoundSettingsForm } from "@/components/admin/round-settings-form";
import { Card, PageHeader } from "@/components/ui/page";
import { Cell, Table } from "@/components/ui/table";

export default async function AdminHomePage() {
  const user = await requireRole("ADMINISTRATOR");
  const { locale, t } = await getTranslator();
  const [partners, rounds] = await Promise.all([listPartners(), listRounds(user)]);
  return (
    <div className="space-y-8">
      <PageHeader title={t("admin.homeTitle")} />
      <section className="space-y-4">
        <h2 className="text-xl font-semibold">{t("admin.rounds")}</h2>
        <I18nProvider locale={locale} messages={pickMessages(locale, ["admin", "errors"])}>
          {rounds.map((round) => (
            <Card key={round.id} title={`${round.name} · ${formatDate(round.deadline, locale)}`}>
              <RoundSettingsForm
                roundId={round.id}
                current={{
                  nationalities: round.additionalEligibleNationalities,
                  learningAgreementNeedsOfficeApproval: round.learningAgreementNeedsOfficeApproval,
                }}
              />
            </Card>
          ))}
        </I18nProvider>
      </section>
      <Table caption={t("admin.partners")} head={[t("admin.partnerName"), t("admin.erasmusCode"), t("admin.country"), t("admin.languages")]}>
        {partners.map((partner) => (
          <tr key={partner.id}>
            <Cell>{partner.name}</Cell>
            <Cell>{partner.erasmusCode}</Cell>
            <Cell>{partner.countryCode}</Cell>
            <Cell>{partner.languagesOfInstruction.join(", ")}</Cell>
          </tr>
        ))}
      </Table>
    </div>
  );
}
