"use client";

import { useFieldArray, type UseFormReturn } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZRoundDestinations, type TRoundDestinationsInput } from "@/lib/validation/round-setup";
import { saveRoundDestinationsAction } from "@/app/actions/round-setup";

type Props = {
  values: TRoundDestinationsInput;
  partners: Array<{ id: string; label: string }>;
  /** What the signed agreements valid in the round's year give: offered to replace the list, for the office to adjust and save. */
  fromAgreements: TRoundDestinationsInput["destinations"];
};

/** The partners open in a round and their places, saved as one list. */
export function DestinationsForm({ values, partners, fromAgreements }: Props) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZRoundDestinations, values);
  const { run, notice, busy } = useAction({ form, conflict: "rounds.changedMeanwhile" });
  const rows = useFieldArray({ control: form.control, name: "destinations" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="space-y-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveRoundDestinationsAction({ ...form.getValues(), version: basedOn }), "rounds.destinationsSaved");
        if (result.ok) savedAs(result.data.version);
      })}
    >
      {rows.fields.length === 0 && <p className="text-sm text-slate-700">{t("rounds.noDestinations")}</p>}
      {rows.fields.map((field, index) => (
        <fieldset key={field.id} className="grid items-end gap-3 sm:grid-cols-[1fr_8rem_auto]">
          <legend className="sr-only">{t("rounds.partner")}</legend>
          <SelectField
            label={t("rounds.partner")}
            error={fieldError(errors.destinations?.[index]?.partnerInstitutionId)}
            {...form.register(`destinations.${index}.partnerInstitutionId`)}
          >
            <option value="">{t("rounds.choosePartner")}</option>
            {partners.map((partner) => (
              <option key={partner.id} value={partner.id}>
                {partner.label}
              </option>
            ))}
          </SelectField>
          <TextField
            type="number"
            min={0}
            label={t("rounds.places")}
            error={fieldError(errors.destinations?.[index]?.places)}
            {...form.register(`destinations.${index}.places`)}
          />
          <Button variant="ghost" onClick={() => rows.remove(index)}>
            {t("rounds.removeDestination")}
          </Button>
          <QuotaFields form={form} index={index} />
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => rows.append({ partnerInstitutionId: "", places: 1, quotas: [] })}>
          {t("rounds.addDestination")}
        </Button>
        {fromAgreements.length > 0 && (
          <Button variant="secondary" onClick={() => rows.replace(structuredClone(fromAgreements))}>
            {t("rounds.fromAgreements", { count: fromAgreements.length })}
          </Button>
        )}
        <Button type="submit" disabled={busy}>
          {t("common.save")}
        </Button>
      </div>
      <NoticeView notice={notice} />
    </form>
  );
}

/** A destination's places per subject area and level, when its agreement splits them: each share's places, which add up to the destination's. */
function QuotaFields({ form, index }: { form: UseFormReturn<TRoundDestinationsInput>; index: number }) {
  const { t, fieldError } = useI18n();
  const shares = useFieldArray({ control: form.control, name: `destinations.${index}.quotas` });
  if (shares.fields.length === 0) return null;
  const errors = form.formState.errors.destinations?.[index]?.quotas;
  return (
    <div className="space-y-2 border-l-2 border-slate-200 pl-3 sm:col-span-3">
      <p className="text-sm text-slate-700">{t("rounds.quotasLead")}</p>
      <div className="flex flex-wrap items-end gap-3">
        {shares.fields.map((share, position) => (
          <div key={share.id} className="w-44">
            <TextField
              type="number"
              min={0}
              label={t("rounds.quotaPlaces", { isced: share.iscedCode, levels: [share.eqfLevels].flat().join("/") })}
              error={fieldError(errors?.[position]?.places)}
              {...form.register(`destinations.${index}.quotas.${position}.places`)}
            />
          </div>
        ))}
        <Button variant="ghost" onClick={() => shares.replace([])}>
          {t("rounds.unsplit")}
        </Button>
      </div>
    </div>
  );
}
