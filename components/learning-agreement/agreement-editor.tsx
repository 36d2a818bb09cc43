"use client";

import { useMemo } from "react";
import { useFieldArray, useWatch, type Control, type UseFormRegister, type FieldErrors } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { TermField } from "./term-field";
import { NoticeView } from "@/components/forms/notice-view";
import { summariseCredits } from "@/lib/domain/learning-agreement/credits";
import { COMPONENT_TABLES, type ComponentTable, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";
import { ZLearningAgreementContent, type TLearningAgreementContent, type TLearningAgreementContentInput } from "@/lib/validation/learning-agreement";
import { proposeAgreementAction, saveAgreementDraftAction } from "@/app/actions/learning-agreement";

type Errors = FieldErrors<TLearningAgreementContentInput>;

export function newComponentId(): string {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function ComponentTableEditor({
  table,
  control,
  register,
  errors,
}: {
  table: ComponentTable;
  control: Control<TLearningAgreementContentInput>;
  register: UseFormRegister<TLearningAgreementContentInput>;
  errors: Errors;
}) {
  const { t, fieldError } = useI18n();
  const { fields, append, remove } = useFieldArray({ control, name: `components.${table}` });
  return (
    <fieldset className="space-y-2" data-table={table}>
      <legend className="font-semibold">{t(`learningAgreement.tables.${table}`)}</legend>
      {fields.map((field, index) => {
        const rowErrors = errors.components?.[table]?.[index];
        return (
          <div key={field.id} className="grid items-end gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[8rem_1fr_8rem_6rem_auto]">
            <TextField
              label={t("learningAgreement.code")}
              error={fieldError(rowErrors?.losCode?.message)}
              {...register(`components.${table}.${index}.losCode`)}
            />
            <TextField
              label={t("learningAgreement.courseTitle")}
              error={fieldError(rowErrors?.title?.message)}
              {...register(`components.${table}.${index}.title`)}
            />
            <TermField {...register(`components.${table}.${index}.term`)} />
            <TextField
              type="number"
              step="0.5"
              label={t("learningAgreement.credits")}
              error={fieldError(rowErrors?.credits?.message)}
              {...register(`components.${table}.${index}.credits`)}
            />
            <Button variant="ghost" onClick={() => remove(index)}>
              {t("learningAgreement.removeComponent")}
            </Button>
          </div>
        );
      })}
      <Button variant="secondary" onClick={() => append({ id: newComponentId(), losCode: "", title: "", term: "AUTUMN", credits: 5 })}>
        {t("learningAgreement.addComponent")}
      </Button>
    </fieldset>
  );
}

/** The student's editor of a draft version, with the credit checks updated as they type. */
export function AgreementEditor({
  applicationId,
  revision,
  content,
  stay,
}: {
  applicationId: string;
  /** The revision of the version being edited, 0 when there is none yet. */
  revision: number;
  content: LearningAgreementContent;
  stay: "AUTUMN" | "SPRING" | "YEAR";
}) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZLearningAgreementContent, content as TLearningAgreementContentInput);
  const { run, notice } = useAction({ form, fieldsUnder: "content" });
  const { register, control, formState } = form;
  const components = useWatch({ control, name: "components" });
  const summary = useMemo(() => {
    const numeric = Object.fromEntries(
      COMPONENT_TABLES.map((table) => [table, (components?.[table] ?? []).map((c) => ({ ...c, credits: Number(c?.credits) || 0 }))]),
    ) as LearningAgreementContent["components"];
    return summariseCredits({ components: numeric }, stay);
  }, [components, stay]);
  const errors = formState.errors;

  async function save(values: TLearningAgreementContent, propose: boolean) {
    const saved = await run(() => saveAgreementDraftAction({ applicationId, revision, content: values }), propose ? undefined : "learningAgreement.draftSaved");
    if (saved.ok && propose)
      await run(() => proposeAgreementAction({ applicationId, versionId: saved.data.versionId, revision: saved.data.revision }), "learningAgreement.proposed");
  }

  return (
    <form noValidate className="space-y-5" onSubmit={form.handleSubmit((values) => save(values, false))}>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">{t("learningAgreement.mobilityTitle")}</legend>
        <TextField
          label={t("learningAgreement.academicYear")}
          error={fieldError(errors.mobility?.academicYear?.message)}
          {...register("mobility.academicYear")}
        />
        <TextField
          label={t("learningAgreement.receivingDepartment")}
          error={fieldError(errors.mobility?.receivingDepartment?.message)}
          {...register("mobility.receivingDepartment")}
        />
        <TextField
          label={t("learningAgreement.plannedStart")}
          error={fieldError(errors.mobility?.plannedStartMonth?.message)}
          {...register("mobility.plannedStartMonth")}
        />
        <TextField
          label={t("learningAgreement.plannedEnd")}
          error={fieldError(errors.mobility?.plannedEndMonth?.message)}
          {...register("mobility.plannedEndMonth")}
        />
        <TextField
          label={t("learningAgreement.sendingContactName")}
          error={fieldError(errors.mobility?.sendingContact?.name?.message)}
          {...register("mobility.sendingContact.name")}
        />
        <TextField
          type="email"
          label={t("learningAgreement.sendingContactEmail")}
          error={fieldError(errors.mobility?.sendingContact?.email?.message)}
          {...register("mobility.sendingContact.email")}
        />
        <TextField
          label={t("learningAgreement.receivingContactName")}
          error={fieldError(errors.mobility?.receivingContact?.name?.message)}
          {...register("mobility.receivingContact.name")}
        />
        <TextField
          type="email"
          label={t("learningAgreement.receivingContactEmail")}
          error={fieldError(errors.mobility?.receivingContact?.email?.message)}
          {...register("mobility.receivingContact.email")}
        />
        <SelectField label={t("learningAgreement.language")} {...register("language.code")}>
          {LANGUAGE_CODES.map((code) => (
            <option key={code} value={code}>
              {code.toUpperCase()}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("learningAgreement.level")} {...register("language.level")}>
          {CEFR_LEVELS.map((level) => (
            <option key={level}>{level}</option>
          ))}
        </SelectField>
      </fieldset>
      {COMPONENT_TABLES.map((table) => (
        <div key={table} className="space-y-1">
          <ComponentTableEditor table={table} control={control} register={register} errors={errors} />
          <p className="text-sm font-medium" data-testid={`total-${table}`}>
            {t("learningAgreement.total", { credits: summary.totals[table] })}
          </p>
        </div>
      ))}
      <div aria-live="polite" data-testid="credit-warnings">
        {summary.warnings.map((warning) => (
          <Alert key={warning.code} tone="warning">
            {t(`learningAgreement.warnings.${warning.code}`, warning as unknown as Record<string, string | number>)}
          </Alert>
        ))}
      </div>
      <TextAreaField
        label={t("learningAgreement.commitment")}
        rows={3}
        error={fieldError(errors.recognitionCommitment?.message)}
        {...register("recognitionCommitment")}
      />
      <NoticeView notice={notice} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="secondary" disabled={formState.isSubmitting}>
          {t("learningAgreement.saveDraft")}
        </Button>
        <Button disabled={formState.isSubmitting} onClick={form.handleSubmit((values) => save(values, true))}>
          {t("learningAgreement.propose")}
        </Button>
      </div>
    </form>
  );
}
