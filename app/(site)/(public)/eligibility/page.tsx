import type { Metadata } from "next";
import { getTranslator } from "@/lib/i18n/server";
import { pickMessages } from "@/lib/i18n/pick-messages";
import { eligibilityContextFor } from "@/lib/server/round/eligible-nationalities";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { EligibilityChecker } from "@/components/eligibility/eligibility-checker";
import { PageHeader } from "@/components/ui/page";
import { countryOptions } from "@/components/eligibility/country-options";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("eligibility.title") };
}

export default async function EligibilityPage() {
  const { locale, t } = await getTranslator();
  const context = (await eligibilityContextFor())!;
  return (
    <div>
      <PageHeader
        title={t("eligibility.title")}
        lead={
          <>
            {t("eligibility.lead")}
            {context.roundName && <span className="mt-1 block text-sm">{t("eligibility.roundNote", { round: context.roundName })}</span>}
          </>
        }
      />
      <I18nProvider locale={locale} messages={pickMessages(locale, ["eligibility"])}>
        <EligibilityChecker nationalities={context.nationalities} countries={countryOptions(locale)} />
      </I18nProvider>
    </div>
  );
}
