import type { Metadata } from "next";
import { getSimulatorContext } from "@/lib/server/grant/simulator-context";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { GrantSimulator } from "@/components/grant/grant-simulator";
import { PageHeader } from "@/components/ui/page";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("grants.simulatorTitle") };
}

export default async function GrantSimulatorPage() {
  const { locale, t } = await getTranslator();
  const context = await getSimulatorContext();
  if (!context) return <PageHeader title={t("grants.simulatorTitle")} lead={t("student.noOpenRound")} />;
  return (
    <div>
      <PageHeader title={t("grants.simulatorTitle")} lead={t("grants.simulatorLead", { round: context.roundName })} />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["grants"])}>
        <GrantSimulator rateTable={context.rateTable} destinations={context.destinations} />
      </I18nProvider>
    </div>
  );
}
