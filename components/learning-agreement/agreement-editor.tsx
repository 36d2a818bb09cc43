"use client";

import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useFieldArray, useForm, useWatch, type Control, type UseFormRegister, type FieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useI18n } from "@/components/i18n/i18n-provider";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { summariseCredits } from "@/lib/domain/learning-agreement/credits";
import { COMPONENT_TABLES, TERMS, type ComponentTable, type LearningAgreementContent } from "@/lib/domain/learning-agreement/content";
import { CEFR_LEVELS, LANGUAGE_CODES } from "@/lib/domain/languages";
import { ZLearningAgreementContent, type TLearningAgreementContent, type TLearningAgreementContentInput } from "@/lib/validation/learning-agreement";
import { proposeAgreementAction, saveAgreementDraftAction } from "@/app/actions/learning-agreement";

type Errors = FieldErrors<TLearningAgreementContentInput>;

export function newComponentId(): string {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

function ComponentTableEditor({ table, control, register, errors }: { table: ComponentTable; control: Control<TLearningAgreementContentInput>; register: UseFormRegister<TLearningAgreementContentInput>; errors: Errors }) {
  const { t } = useI18n();
  const { fields, append, remove } = useFieldArray({ control, name: `components.${table}` });
  const message = (key?: string) => (key ? t(key) : undefined);
  return (
    <fieldset className="space-y-2" data-table={table}>
      <legend className="font-semibold">{t(`learningAgreement.tables.${table}`)}</legend>
      {fields.map((field, index) => {
        const rowErrors = errors.components?.[table]?.[index];
        return (
          <div key={field.id} className="grid items-end gap-2 rounded border border-slate-200 p-2 sm:grid-cols-[8rem_1fr_8rem_6rem_auto]">
            <TextField label={t("learningAgreement.code")} error={message(rowErrors?.losCode?.message)} {...register(`components.${table}.${index}.losCode`)} />
            <TextField label={t("learningAgreement.courseTitle")} error={message(rowErrors?.title?.message)} {...register(`components.${table}.${index}.title`)} />
            <SelectField label={t("learningAgreement.term")} {...register(`components.${table}.${index}.term`)}>
              {TERMS.map((term) => (
                <option key={term} value={term}>
                  {t(`learningAgreement.terms.${term}`)}
                </option>
              ))}
            </SelectField>
            <TextField type="number" step="0.5" label={t("learningAgreement.credits")} error={message(rowErrors?.credits?.message)} {...register(`components.${table}.${index}.credits`)} />
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
  const { t } = useI18n();
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const form = useForm<TLearningAgreementContentInput, unknown, TLearningAgreementContent>({ resolver: zodResolver(ZLearningAgreementContent), defaultValues: content as TLearningAgreementContentInput });
  const { register, control, formState } = form;
  const components = useWatch({ control, name: "components" });
  const summary = useMemo(() => {
    const numeric = Object.fromEntries(
      COMPONENT_TABLES.map((table) => [table, (components?.[table] ?? []).map((c) => ({ ...c, credits: Number(c?.credits) || 0 }))]),
    ) as LearningAgreementContent["components"];
    return summariseCredits({ components: numeric }, stay);
  }, [components, stay]);
  const message = (key?: string) => (key ? t(key) : undefined);
  const errors = formState.errors;

  async function save(values: TLearningAgreementContent, propose: boolean) {
    setNotice(null);
    const saved = await saveAgreementDraftAction({ applicationId, revision, content: values });
    if (!saved.ok) {
      setNotice({ tone: "error", text: saved.error === "conflict" ? t("coordinator.changedMeanwhile") : saved.detail ? t(`errors.refusals.${saved.detail}`) : t(`errors.${saved.error}`) });
      router.refresh();
      return;
    }
    if (propose) {
      const proposed = await proposeAgreementAction({ applicationId, versionId: saved.data.versionId, revision: saved.data.revision });
      if (!proposed.ok) {
        setNotice({ tone: "error", text: proposed.detail ? t(`errors.refusals.${proposed.detail}`) : t(`errors.${proposed.error}`) });
        router.refresh();
        return;
      }
    }
    setNotice({ tone: "success", text: propose ? t("learningAgreement.proposed") : t("learningAgreement.draftSaved") });
    router.refresh();
  }

  return (
    <form noValidate className="space-y-5" onSubmit={form.handleSubmit((values) => save(values, false))}>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="font-semibold">{t("learningAgreement.mobilityTitle")}</legend>
        <TextField label={t("learningAgreement.academicYear")} error={message(errors.mobility?.academicYear?.message)} {...register("mobility.academicYear")} />
        <TextField label={t("learningAgreement.receivingDepartment")} error={message(errors.mobility?.receivingDepartment?.message)} {...register("mobility.receivingDepartment")} />
        <TextField label={t("learningAgreement.plannedStart")} error={message(errors.mobility?.plannedStartMonth?.message)} {...register("mobility.plannedStartMonth")} />
        <TextField label={t("learningAgreement.plannedEnd")} error={message(errors.mobility?.plannedEndMonth?.message)} {...register("mobility.plannedEndMonth")} />
        <TextField label={t("learningAgreement.sendingContactName")} error={message(errors.mobility?.sendingContact?.name?.message)} {...register("mobility.sendingContact.name")} />
        <TextField type="email" label={t("learningAgreement.sendingContactEmail")} error={message(errors.mobility?.sendingContact?.email?.message)} {...register("mobility.sendingContact.email")} />
        <TextField label={t("learningAgreement.receivingContactName")} error={message(errors.mobility?.receivingContact?.name?.message)} {...register("mobility.receivingContact.name")} />
        <TextField type="email" label={t("learningAgreement.receivingContactEmail")} error={message(errors.mobility?.receivingContact?.email?.message)} {...register("mobility.receivingContact.email")} />
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
      <TextAreaField label={t("learningAgreement.commitment")} rows={3} error={message(errors.recognitionCommitment?.message)} {...register("recognitionCommitment")} />
      {notice && <Alert tone={notice.tone}>{notice.text}</Alert>}
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
