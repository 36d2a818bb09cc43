import { notFound } from "next/navigation";
import { requireRole } from "@/lib/server/auth/session";
import { getRoundSetup } from "@/lib/server/round/get-round-setup";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { regionName } from "@/lib/i18n/format";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { RoundForm } from "@/components/round/round-form";
import { DestinationsForm } from "@/components/round/destinations-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string; copied?: string }> };

export default async function RoundSetupPage({ params, searchParams }: Props) {
  const user = await requireRole("INTERNATIONAL_OFFICE");
  const [{ id }, { created, copied }] = await Promise.all([params, searchParams]);
  const round = await getRoundSetup(user, id);
  if (!round) notFound();
  const { locale, t } = await getTranslator();
  const partners = round.partners.map((p) => ({ id: p.id, label: `${p.name} (${regionName(p.countryCode, locale)})` }));
  return (
    <div className="space-y-6">
      <PageHeader
        title={round.form.name}
        lead={t("rounds.rulesNote")}
        actions={
          <>
            <ButtonLink href={`/coordinator/rounds/${id}/selection`}>{t("rounds.selection")}</ButtonLink>
            <ButtonLink href="/coordinator/rounds" variant="secondary">
              {t("rounds.back")}
            </ButtonLink>
          </>
        }
      />
      {created && <Alert tone="success">{t("rounds.created")}</Alert>}
      {copied && <Alert tone="success">{t("rounds.copied")}</Alert>}
      <I18nProvider locale={locale} messages={pickMessages(locale, ["rounds", "errors"])}>
        <Card title={t("rounds.setup")}>
          <RoundForm values={{ id: round.id, version: round.version, ...round.form }} />
        </Card>
        <Card title={t("rounds.destinations")}>
          <p className="mb-3 text-sm text-slate-700">{t("rounds.destinationsLead")}</p>
          <DestinationsForm
            values={{ roundId: round.id, version: round.destinationsVersion, destinations: round.destinations }}
            partners={partners}
            fromAgreements={round.fromAgreements}
          />
        </Card>
      </I18nProvider>
    </div>
  );
}
