import type { PartnerFactsheetContent } from "@/lib/server/ewp/documents/read-factsheet";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { formatMonthDay } from "@/lib/i18n/format";

const link = "text-eu-blue underline break-all";

/** A partner's fact sheet as its own system serves it through EWP, in the destination's card. */
export function PartnerFactsheet({ name, sheet, t, locale }: { name: string; sheet: PartnerFactsheetContent; t: Translate; locale: Locale }) {
  const days = (term: { autumn: string; spring: string }) => ({ autumn: formatMonthDay(term.autumn, locale), spring: formatMonthDay(term.spring, locale) });
  const links = [
    { href: sheet.applicationWebsite, label: t("catalogue.ewp.applicationSite") },
    { href: sheet.housingWebsite, label: t("catalogue.ewp.housing") },
    { href: sheet.visaWebsite, label: t("catalogue.ewp.visa") },
    { href: sheet.insuranceWebsite, label: t("catalogue.ewp.insurance") },
  ].filter((l): l is { href: string; label: string } => Boolean(l.href));
  return (
    <details className="mt-3 text-sm text-slate-800" data-testid="ewp-factsheet">
      <summary className="cursor-pointer font-medium">{t("catalogue.ewp.title", { name })}</summary>
      <ul className="mt-2 space-y-1">
        <li>{t("catalogue.ewp.applications", days(sheet.applications))}</li>
        <li>{t("catalogue.ewp.nominations", days(sheet.nominations))}</li>
        <li>{t("catalogue.ewp.weeks", { decision: sheet.decisionWeeks, tor: sheet.torWeeks })}</li>
        <li className="break-all">{t("catalogue.ewp.contact", { email: sheet.applicationEmail })}</li>
      </ul>
      {sheet.requirements.length > 0 && (
        <>
          <p className="mt-2 font-medium">{t("catalogue.ewp.requirements")}</p>
          <ul className="list-disc pl-5">
            {sheet.requirements.map((r, index) => (
              <li key={index}>{r.details ? `${r.name} — ${r.details}` : r.name}</li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-2 flex flex-wrap gap-3">
        {links.map((l) => (
          <a key={l.label} href={l.href} className={link} rel="noopener noreferrer" target="_blank">
            {l.label}
          </a>
        ))}
      </p>
    </details>
  );
}
