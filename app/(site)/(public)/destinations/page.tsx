import { PartnerFactsheet } from "@/components/catalogue/partner-factsheet";
import type { Metadata } from "next";
import { destinationCatalogue } from "@/lib/server/round/destination-catalogue";
import { getTranslator } from "@/lib/i18n/server";
import { formatDate, languageName, regionName } from "@/lib/i18n/format";
import { isCountryCode } from "@/lib/domain/eligibility/countries";
import { LANGUAGE_CODES } from "@/lib/domain/languages";
import { buttonClasses } from "@/components/ui/button";
import { Card, PageHeader } from "@/components/ui/page";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslator();
  return { title: t("catalogue.title") };
}

/** A filter from the address is used only when it is one the page offers. */
function filtersFrom(params: Record<string, string | string[] | undefined>) {
  const language = typeof params.language === "string" && (LANGUAGE_CODES as readonly string[]).includes(params.language) ? params.language : undefined;
  const country = typeof params.country === "string" && isCountryCode(params.country) ? params.country : undefined;
  return { language, country };
}

export default async function DestinationCataloguePage({ searchParams }: { searchParams: SearchParams }) {
  const { locale, t } = await getTranslator();
  const filters = filtersFrom(await searchParams);
  const { rounds, languages, countries, count } = await destinationCatalogue(filters);
  return (
    <div className="space-y-6">
      <PageHeader title={t("catalogue.title")} lead={t("catalogue.lead")} />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("catalogue.filters")}>
        <label className="space-y-1 text-sm font-medium">
          <span className="block">{t("catalogue.language")}</span>
          <select name="language" defaultValue={filters.language ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2">
            <option value="">{t("catalogue.anyLanguage")}</option>
            {languages.map((code) => (
              <option key={code} value={code}>
                {languageName(code, locale)}
              </option>
            ))}
          </select>
        </label>
        <label className="space-y-1 text-sm font-medium">
          <span className="block">{t("catalogue.country")}</span>
          <select name="country" defaultValue={filters.country ?? ""} className="rounded-md border border-slate-300 bg-white px-3 py-2">
            <option value="">{t("catalogue.anyCountry")}</option>
            {countries.map((code) => (
              <option key={code} value={code}>
                {regionName(code, locale)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonClasses("secondary")}>
          {t("catalogue.apply")}
        </button>
      </form>
      {rounds.length === 0 && <p className="text-slate-700">{t("catalogue.noRound")}</p>}
      {rounds.map((round) => (
        <section key={round.id} aria-labelledby={`round-${round.id}`} className="space-y-3">
          <h2 id={`round-${round.id}`} className="text-xl font-semibold">
            {t("catalogue.round", { name: round.name, date: formatDate(new Date(round.deadline.getTime() - 1), locale) })}
          </h2>
          {round.destinations.length === 0 && <p className="text-slate-700">{t("catalogue.noneMatch")}</p>}
          <ul className="grid gap-4 sm:grid-cols-2">
            {round.destinations.map((destination) => (
              <li key={destination.id} data-testid="destination">
                <Card title={destination.name}>
                  <ul className="space-y-1 text-sm text-slate-800">
                    <li>
                      {t("common.labelled", { label: t("catalogue.where"), value: `${destination.city}, ${regionName(destination.countryCode, locale)}` })}
                    </li>
                    <li>{t("catalogue.places", { count: destination.places })}</li>
                    <li>
                      {t("common.labelled", {
                        label: t("catalogue.taughtIn"),
                        value: destination.languagesOfInstruction.map((code) => languageName(code, locale)).join(", "),
                      })}
                    </li>
                    <li>{t("common.labelled", { label: t("catalogue.erasmusCode"), value: destination.erasmusCode })}</li>
                    {destination.conditions.map((condition, index) => (
                      <li key={index} data-testid="agreed">
                        {t("catalogue.agreed", {
                          isced: condition.iscedCode,
                          levels: condition.eqfLevels.map((level) => t(`staff.eqf.${level as 6 | 7 | 8}`)).join(", "),
                          months: condition.monthsPerStudent,
                        })}
                        {condition.languageCode &&
                          ` ${t("catalogue.languageRecommended", { language: languageName(condition.languageCode, locale), level: condition.languageLevel ?? "" })}`}
                      </li>
                    ))}
                  </ul>
                  <p className="mt-3 flex flex-wrap gap-4 text-sm">
                    {destination.website && (
                      <a href={destination.website} className="text-eu-blue underline" rel="noopener noreferrer" target="_blank">
                        {t("catalogue.website", { name: destination.name })}
                      </a>
                    )}
                    {destination.hasFactSheet && (
                      <a href="/incoming" className="text-eu-blue underline">
                        {t("catalogue.factSheet", { name: destination.name })}
                      </a>
                    )}
                  </p>
                  {destination.ewpFactSheet && <PartnerFactsheet name={destination.name} sheet={destination.ewpFactSheet} t={t} locale={locale} />}
                </Card>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {count > 0 && <p className="text-sm text-slate-600">{t("catalogue.howToApply")}</p>}
    </div>
  );
}
