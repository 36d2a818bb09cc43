"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { NoticeView } from "@/components/forms/notice-view";
import { SELECTION_CRITERIA } from "@/lib/domain/allocation/ranking";
import { ZSelectionSettings, type TSelectionSettingsInput } from "@/lib/validation/selection";
import { saveSelectionSettingsAction } from "@/app/actions/selection";

/** The round's selection weights, tie-break order and days to answer; the ranking below follows every save. */
export function SelectionSettingsForm({ initial }: { initial: TSelectionSettingsInput }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZSelectionSettings, initial);
  const { run, notice, busy } = useAction({ form, conflict: "selection.settingsChangedMeanwhile" });
  const { basedOn, savedAs } = useBasedOnVersion(initial.version);
  const { errors } = form.formState;
  return (
    <form
      className="space-y-3"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => saveSelectionSettingsAction({ ...values, version: basedOn! }), "selection.settingsSaved");
        if (result.ok) savedAs(result.data.version);
      })}
    >
      <div className="grid gap-3 sm:grid-cols-4">
        {SELECTION_CRITERIA.map((criterion) => (
          <TextField
            key={criterion}
            type="number"
            label={t("selection.weight", { criterion: t(`selection.criteria.${criterion}`) })}
            error={fieldError(errors.weights?.[criterion])}
            {...form.register(`weights.${criterion}`)}
          />
        ))}
      </div>
      <p className="text-xs text-slate-600">{t("selection.criteriaHelp")}</p>
      <div className="grid gap-3 sm:grid-cols-4">
        {[0, 1, 2].map((position) => (
          <SelectField
            key={position}
            label={t("selection.tieBreak", { position: position + 1 })}
            error={fieldError(errors.tieBreaks?.[position])}
            {...form.register(`tieBreaks.${position}`)}
          >
            {SELECTION_CRITERIA.map((criterion) => (
              <option key={criterion} value={criterion}>
                {t(`selection.criteria.${criterion}`)}
              </option>
            ))}
          </SelectField>
        ))}
        <TextField type="number" label={t("selection.answerDays")} error={fieldError(errors.offerAnswerDays)} {...form.register("offerAnswerDays")} />
      </div>
      <Button type="submit" disabled={busy}>
        {t("selection.saveSettings")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
