"use client";

import { useRouter } from "next/navigation";
import { useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { AGREEMENT_STATUSES, COOPERATION_DIRECTIONS } from "@/lib/domain/agreement";
import { CEFR_LEVELS } from "@/lib/domain/languages";
import { EQF_LEVELS } from "@/lib/domain/programme";
import { NEW_CONDITION, ZAgreement, type TAgreementInput } from "@/lib/validation/agreement";
import { saveAgreementAction } from "@/app/actions/agreements";

type Props = {
  /** The agreement being edited with the version on screen, or nothing for a new one. */
  saved?: { id: string; version: number };
  values: TAgreementInput;
  languages: Array<{ code: string; name: string }>;
  departments: Array<{ id: string; name: string }>;
};

/** The office's form for an inter-institutional agreement and its cooperation conditions, validated by the schema the server uses. */
export function AgreementForm({ saved, values, languages, departments }: Props) {
  const { t, fieldError } = useI18n();
  const router = useRouter();
  const form = useZodForm(ZAgreement, values);
  const { run, notice, busy } = useAction({ form, conflict: "agreements.changedMeanwhile" });
  const conditions = useFieldArray({ control: form.control, name: "conditions" });
  const { register, formState } = form;
  const errors = formState.errors;
  const { basedOn, savedAs } = useBasedOnVersion(saved?.version);

  const onSubmit = async () => {
    const result = await run(() => saveAgreementAction({ ...form.getValues(), id: saved?.id, version: basedOn }), "agreements.saved");
    if (!result.ok) return;
    savedAs(result.data.version);
    if (!saved) router.push(`/coordinator/partners/${values.partnerInstitutionId}/agreements/${result.data.id}?created=1`);
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-6">
      <div className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <TextField
          label={t("agreements.firstAcademicYear")}
          hint={t("agreements.yearHint")}
          error={fieldError(errors.firstAcademicYear)}
          {...register("firstAcademicYear")}
        />
        <TextField
          label={t("agreements.lastAcademicYear")}
          hint={t("agreements.yearHint")}
          error={fieldError(errors.lastAcademicYear)}
          {...register("lastAcademicYear")}
        />
        <SelectField label={t("agreements.status")} error={fieldError(errors.status)} {...register("status")}>
          {AGREEMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`agreements.statuses.${status}`)}
            </option>
          ))}
        </SelectField>
      </div>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 text-lg font-semibold">{t("agreements.conditions")}</legend>
        <p className="text-sm text-slate-700">{t("agreements.conditionsHint")}</p>
        {conditions.fields.map((field, index) => {
          const own = errors.conditions?.[index];
          return (
            <fieldset key={field.id} className="space-y-3 rounded border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold">{t("agreements.condition", { number: index + 1 })}</legend>
              <div className="grid gap-3 sm:grid-cols-3">
                <SelectField label={t("agreements.direction")} error={fieldError(own?.direction)} {...register(`conditions.${index}.direction`)}>
                  {COOPERATION_DIRECTIONS.map((direction) => (
                    <option key={direction} value={direction}>
                      {t(`agreements.directions.${direction}`)}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  label={t("staff.iscedCode")}
                  hint={t("staff.iscedHint")}
                  inputMode="numeric"
                  error={fieldError(own?.iscedCode)}
                  {...register(`conditions.${index}.iscedCode`)}
                />
                <SelectField label={t("agreements.department")} error={fieldError(own?.departmentId)} {...register(`conditions.${index}.departmentId`)}>
                  <option value="">{t("agreements.departmentNone")}</option>
                  {departments.map((department) => (
                    <option key={department.id} value={department.id}>
                      {department.name}
                    </option>
                  ))}
                </SelectField>
                <TextField
                  type="number"
                  min={0}
                  label={t("agreements.studentsPerYear")}
                  error={fieldError(own?.studentsPerYear)}
                  {...register(`conditions.${index}.studentsPerYear`)}
                />
                <TextField
                  type="number"
                  min={1}
                  max={12}
                  label={t("agreements.monthsPerStudent")}
                  error={fieldError(own?.monthsPerStudent)}
                  {...register(`conditions.${index}.monthsPerStudent`)}
                />
                <fieldset className="space-y-1">
                  <legend className="text-sm font-medium text-slate-800">{t("agreements.eqfLevels")}</legend>
                  <div className="flex flex-wrap gap-3">
                    {EQF_LEVELS.map((level) => (
                      <label key={level} className="flex items-center gap-2 text-sm">
                        <input type="checkbox" value={String(level)} {...register(`conditions.${index}.eqfLevels`)} />
                        {t(`staff.eqf.${level}`)}
                      </label>
                    ))}
                  </div>
                  {own?.eqfLevels && (
                    <p role="alert" className="text-sm font-medium text-red-700">
                      {fieldError(own.eqfLevels)}
                    </p>
                  )}
                </fieldset>
                <SelectField label={t("agreements.language")} error={fieldError(own?.languageCode)} {...register(`conditions.${index}.languageCode`)}>
                  <option value="">{t("agreements.languageNone")}</option>
                  {languages.map((language) => (
                    <option key={language.code} value={language.code}>
                      {language.name}
                    </option>
                  ))}
                </SelectField>
                <SelectField label={t("agreements.languageLevel")} error={fieldError(own?.languageLevel)} {...register(`conditions.${index}.languageLevel`)}>
                  <option value="">—</option>
                  {CEFR_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {level}
                    </option>
                  ))}
                </SelectField>
              </div>
              <Button variant="ghost" onClick={() => conditions.remove(index)}>
                {t("agreements.removeCondition")}
              </Button>
            </fieldset>
          );
        })}
        <Button variant="secondary" onClick={() => conditions.append({ ...NEW_CONDITION })}>
          {t("agreements.addCondition")}
        </Button>
        {errors.conditions?.message && (
          <p role="alert" className="text-sm font-medium text-red-700">
            {fieldError(errors.conditions.message)}
          </p>
        )}
      </fieldset>
      <Button type="submit" disabled={busy}>
        {t("common.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
