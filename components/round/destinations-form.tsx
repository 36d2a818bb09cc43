"use client";

import { useFieldArray } from "react-hook-form";
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
  fromAgreements: Array<{ partnerInstitutionId: string; places: number }>;
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
        </fieldset>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={() => rows.append({ partnerInstitutionId: "", places: 1 })}>
          {t("rounds.addDestination")}
        </Button>
        {fromAgreements.length > 0 && (
          <Button variant="secondary" onClick={() => rows.replace(fromAgreements.map((d) => ({ ...d })))}>
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
