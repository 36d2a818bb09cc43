"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useZodForm } from "@/components/forms/use-zod-form";
import { computeGrant, type RateTable } from "@/lib/domain/grant/rate-table";
import { formatMoney } from "@/lib/i18n/format";
import { ZGrantSimulation } from "@/lib/validation/grants";

/** Computes in the browser, with the round's own rate table, what a stay would bring. */
export function GrantSimulator({ rateTable, destinations }: { rateTable: RateTable; destinations: Array<{ id: string; name: string; countryCode: string }> }) {
  const { locale, t, fieldError } = useI18n();
  const form = useZodForm(
    ZGrantSimulation,
    {
      destination: destinations[0]?.id ?? "",
      startDate: "2027-09-01",
      endDate: "2028-01-31",
      fewerOpportunities: false,
      traineeship: false,
      greenTravel: false,
      extraTravelDays: "0",
      ownAgencyNational: false,
      otherEuGrant: false,
    },
    { mode: "onChange" },
  );
  const { errors } = form.formState;
  // The estimate follows every keystroke; the schema only says which field is wrong.
  const values = form.watch();
  const country = destinations.find((d) => d.id === values.destination)?.countryCode ?? "";
  const grant = computeGrant(rateTable, {
    countryCode: country,
    startDate: values.startDate,
    endDate: values.endDate,
    nationality: values.ownAgencyNational ? "LU" : null,
    otherEuGrant: values.otherEuGrant,
    fewerOpportunities: values.fewerOpportunities,
    traineeship: values.traineeship,
    greenTravel: values.greenTravel,
    extraTravelDays: Number(values.extraTravelDays) || 0,
  });
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <form className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" noValidate onSubmit={(event) => event.preventDefault()}>
        <SelectField label={t("grants.destination")} error={fieldError(errors.destination)} {...form.register("destination")}>
          {destinations.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name} ({d.countryCode})
            </option>
          ))}
        </SelectField>
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField type="date" label={t("grants.startDate")} error={fieldError(errors.startDate)} {...form.register("startDate")} />
          <TextField type="date" label={t("grants.endDate")} error={fieldError(errors.endDate)} {...form.register("endDate")} />
        </div>
        {rateTable.kind === "programme" && (
          <>
            <CheckboxField label={t("grants.fewerOpportunities")} {...form.register("fewerOpportunities")} />
            <CheckboxField label={t("grants.traineeship")} {...form.register("traineeship")} />
            <CheckboxField label={t("grants.greenTravel")} {...form.register("greenTravel")} />
            {values.greenTravel && (
              <TextField
                type="number"
                min={0}
                max={10}
                label={t("grants.extraTravelDays")}
                error={fieldError(errors.extraTravelDays)}
                {...form.register("extraTravelDays")}
              />
            )}
          </>
        )}
        <CheckboxField label={t("grants.ownAgencyNational")} {...form.register("ownAgencyNational")} />
        <CheckboxField label={t("grants.otherEuGrant")} {...form.register("otherEuGrant")} />
      </form>
      <div aria-live="polite" className="space-y-2 rounded-lg border-2 border-eu-blue bg-white p-4" data-testid="simulated-grant">
        {grant.eligible ? (
          <>
            <p className="text-2xl font-bold text-eu-blue">{t("grants.estimate", { amount: grant.total })}</p>
            <ul className="list-disc pl-5 text-sm">
              {grant.lines.map((line) => (
                <li key={line.label}>
                  {t("common.labelled", { label: t(`grants.lines.${line.label}`, line.params), value: formatMoney(line.amount, locale) })}
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
