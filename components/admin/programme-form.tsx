"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { EQF_LEVELS } from "@/lib/domain/programme";
import { ZProgramme, type TProgrammeInput } from "@/lib/validation/programme";
import { saveProgrammeAction } from "@/app/actions/programmes";

/** A programme's name, EQF level, ISCED-F code and whether it is archived; without an id, a new programme. */
export function ProgrammeForm({ values, legend }: { values: TProgrammeInput; legend: string }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZProgramme, values);
  const { run, notice, busy } = useAction({ form, conflict: "staff.changedMeanwhile" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  const isNew = !values.id;
  const { errors } = form.formState;
  return (
    <form
      noValidate
      className="rounded border border-slate-200 p-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveProgrammeAction({ ...form.getValues(), version: basedOn }), "staff.programmeSaved");
        if (!result.ok) return;
        if (isNew) form.reset(values);
        else savedAs(result.data.version);
      })}
    >
      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold">{legend}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField label={t("staff.programmeName")} error={fieldError(errors.name)} {...form.register("name")} />
          <SelectField label={t("staff.eqfLevel")} error={fieldError(errors.eqfLevel)} {...form.register("eqfLevel")}>
            {EQF_LEVELS.map((level) => (
              <option key={level} value={level}>
                {t(`staff.eqf.${level}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t("staff.iscedCode")}
            hint={t("staff.iscedHint")}
            inputMode="numeric"
            error={fieldError(errors.iscedCode)}
            {...form.register("iscedCode")}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          {!isNew && <CheckboxField label={t("staff.archived")} {...form.register("archived")} />}
          <Button type="submit" disabled={busy}>
            {isNew ? t("staff.add") : t("common.save")}
          </Button>
        </div>
        <NoticeView notice={notice} />
      </fieldset>
    </form>
  );
}
