"use client";

import { useMemo, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { computeGrant, type RateTable } from "@/lib/domain/grants/rate-table";

/** Computes in the browser, with the round's own rate table, what a stay would bring. */
export function GrantSimulator({ rateTable, destinations }: { rateTable: RateTable; destinations: Array<{ id: string; name: string; countryCode: string }> }) {
  const { locale, t } = useI18n();
  const [destination, setDestination] = useState(destinations[0]?.id ?? "");
  const [startDate, setStartDate] = useState("2027-09-01");
  const [endDate, setEndDate] = useState("2028-01-31");
  const [fewerOpportunities, setFewer] = useState(false);
  const [traineeship, setTraineeship] = useState(false);
  const [greenTravel, setGreen] = useState(false);
  const [extraTravelDays, setExtraDays] = useState("0");
  const [ownAgency, setOwnAgency] = useState(false);
  const [otherEuGrant, setOtherEuGrant] = useState(false);
  const country = destinations.find((d) => d.id === destination)?.countryCode ?? "";
  const grant = useMemo(
    () =>
      computeGrant(rateTable, {
        countryCode: country,
        startDate,
        endDate,
        nationality: ownAgency ? "LU" : null,
        otherEuGrant,
        fewerOpportunities,
        traineeship,
        greenTravel,
        extraTravelDays: Number(extraTravelDays) || 0,
      }),
    [rateTable, country, startDate, endDate, ownAgency, otherEuGrant, fewerOpportunities, traineeship, greenTravel, extraTravelDays],
  );
  const money = (n: number) => n.toLocaleString(locale === "fr" ? "fr-FR" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <SelectField label={t("grants.destination")} value={destination} onChange={(e) => setDestination(e.target.value)}>
          {destinations.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.countryCode})
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField type="date" label={t("grants.startDate")} value={startDate} onChange={(e) => setStartDate(e.target.value)} />
          <TextField type="date" label={t("grants.endDate")} value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </div>
        {rateTable.kind === "programme" && (
          <>
            <CheckboxField label={t("grants.fewerOpportunities")} checked={fewerOpportunities} onChange={(e) => setFewer(e.target.checked)} />
            <CheckboxField label={t("grants.traineeship")} checked={traineeship} onChange={(e) => setTraineeship(e.target.checked)} />
            <CheckboxField label={t("grants.greenTravel")} checked={greenTravel} onChange={(e) => setGreen(e.target.checked)} />
            {greenTravel && <TextField type="number" min={0} label={t("grants.extraTravelDays")} value={extraTravelDays} onChange={(e) => setExtraDays(e.target.value)} />}
          </>
        )}
        <CheckboxField label={t("grants.ownAgencyNational")} checked={ownAgency} onChange={(e) => setOwnAgency(e.target.checked)} />
        <CheckboxField label={t("grants.otherEuGrant")} checked={otherEuGrant} onChange={(e) => setOtherEuGrant(e.target.checked)} />
      </div>
      <div aria-live="polite" className="space-y-2 rounded-lg border-2 border-eu-blue bg-white p-4" data-testid="simulated-grant">
        {grant.eligible ? (
          <>
            <p className="text-2xl font-bold text-eu-blue">{t("grants.estimate", { amount: money(grant.total) })}</p>
            <ul className="list-disc pl-5 text-sm">
              {grant.lines.map((line) => (
                <li key={line.label}>
                  {t(`grants.lines.${line.label}`, line.params)}: {money(line.amount)} €
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="font-semibold">{t("grants.noGrant", { reason: t(`grants.decisions.${grant.reason}`) })}</p>
        )}
      </div>
    </div>
  );
}
