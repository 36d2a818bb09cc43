"use client";

import { useEffect, useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useZodForm } from "@/components/forms/use-zod-form";
import type { RateTable } from "@/lib/domain/grant/rate-table";
import { formatMoney } from "@/lib/i18n/format";
import { ZGrantSimulation } from "@/lib/validation/grants";

type Calculation = { amount: number; lines: Array<{ kind: string; label: string; amount: number }> } | { error: string };

/** Asks the public calculation API (README "Grant calculation API") what a stay would bring under the round's own rate table. */
function useGrantCalculation(request: object | null): Calculation | null {
  const body = request && JSON.stringify(request);
  const [result, setResult] = useState<Calculation | null>(null);
  useEffect(() => {
    if (!body) return;
    const controller = new AbortController();
    // Typing a date fires a change per keystroke: ask once it settles.
    const timer = setTimeout(async () => {
      try {
        const response = await fetch("/api/v1/grants/calculate", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          signal: controller.signal,
        });
        const json = await response.json();
        setResult(response.ok ? json : { error: json.fieldErrors?.[0]?.message ?? json.error });
      } catch {
        if (!controller.signal.aborted) setResult(null);
      }
    }, 150);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [body]);
  return body ? result : null;
}

/** What a stay would bring under the round's rate table, computed by the public API as the student types. */
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
  // Luxembourg and Liechtenstein nationals and holders of another EU grant get nothing here, whatever the table says.
  const noGrantReason = values.ownAgencyNational ? "own_national_agency" : values.otherEuGrant ? "other_eu_grant" : null;
  const topUps =
    rateTable.kind === "programme"
      ? {
          fewerOpportunities: values.fewerOpportunities,
          traineeship: values.traineeship,
          greenTravel: values.greenTravel,
          extraTravelDays: values.greenTravel ? Math.max(0, Math.floor(Number(values.extraTravelDays) || 0)) : 0,
        }
      : {};
  const grant = useGrantCalculation(noGrantReason || !country ? null : { rateTable, country, startDate: values.startDate, endDate: values.endDate, topUps });
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
        {noGrantReason ? (
          <p className="font-semibold">{t("grants.noGrant", { reason: t(`grants.decisions.${noGrantReason}`) })}</p>
        ) : grant && "amount" in grant ? (
          <>
            <p className="text-2xl font-bold text-eu-blue">{t("grants.estimate", { amount: grant.amount })}</p>
            <ul className="list-disc pl-5 text-sm">
              {grant.lines.map((line) => (
                <li key={line.kind}>{t("common.labelled", { label: line.label, value: formatMoney(line.amount, locale) })}</li>
              ))}
            </ul>
          </>
        ) : grant ? (
          <p className="font-semibold">{grant.error}</p>
        ) : (
          <p className="text-sm text-slate-600">{t("grants.calculating")}</p>
        )}
      </div>
    </div>
  );
}
