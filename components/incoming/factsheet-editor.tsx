"use client";

import type { ReactNode } from "react";
import { useFieldArray, type FieldErrors, type Path } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { TextAreaField, TextField, SelectField, CheckboxField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { CEFR_LEVELS } from "@/lib/domain/languages";
import { EWP_REQUIREMENTS, ZFactSheet, type TFactSheet, type TFactSheetInput } from "@/lib/validation/factsheet";
import { saveFactSheetAction } from "@/app/actions/incoming";

/** The message of a nested field's error, found by its dotted path. */
function errorAt(errors: FieldErrors<TFactSheetInput>, path: string): string | undefined {
  let node: unknown = errors;
  for (const part of path.split(".")) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as { message?: string } | undefined)?.message;
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <legend className="px-1 text-lg font-semibold">{title}</legend>
      {children}
    </fieldset>
  );
}

/** The fact sheet's editing form, validated by the schema the server uses; an edit over someone else's is refused. */
export function FactSheetEditor({ id, version, content }: { id: string; version: number; content: TFactSheet }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZFactSheet, content);
  const { run, notice } = useAction({ form, fieldsUnder: "content", conflict: "coordinator.changedMeanwhile" });
  const { register, formState } = form;
  const courses = useFieldArray({ control: form.control, name: "courses" });
  const insurance = useFieldArray({ control: form.control, name: "insurance" });
  const err = (path: string) => fieldError(errorAt(formState.errors, path));
  const text = (path: Path<TFactSheetInput>, label: string, type = "text") => (
    <TextField key={path} type={type} label={label} error={err(path)} {...register(path)} />
  );
  const bilingual = (path: string, label: string, long = false) => {
    const Field = long ? TextAreaField : TextField;
    return (
      <div className="grid gap-3 sm:grid-cols-2">
        <Field label={t("factsheet.fields.inFrench", { label })} error={err(`${path}.fr`)} {...register(`${path}.fr` as Path<TFactSheetInput>)} />
        <Field label={t("factsheet.fields.inEnglish", { label })} error={err(`${path}.en`)} {...register(`${path}.en` as Path<TFactSheetInput>)} />
      </div>
    );
  };

  const onSubmit = (values: TFactSheet) => run(() => saveFactSheetAction({ id, version, content: values }), "factsheet.saved");

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate className="space-y-6">
      <Section title={t("factsheet.sections.institution")}>
        <div className="grid gap-3 sm:grid-cols-2">
          {text("institution.name", t("factsheet.fields.name"))}
          {text("institution.erasmusCode", t("factsheet.fields.erasmusCode"))}
          {text("institution.website", t("factsheet.fields.website"), "url")}
        </div>
        <TextAreaField label={t("factsheet.fields.address")} error={err("institution.address")} {...register("institution.address")} />
      </Section>
      <Section title={t("factsheet.sections.contacts")}>
        <div className="grid gap-3 sm:grid-cols-2">
          {text("contacts.coordinatorName", t("factsheet.fields.coordinatorName"))}
          {text("contacts.coordinatorEmail", t("factsheet.fields.coordinatorEmail"), "email")}
          {text("contacts.incomingEmail", t("factsheet.fields.incomingEmail"), "email")}
          {text("contacts.phone", t("factsheet.fields.phone"), "tel")}
        </div>
      </Section>
      <Section title={t("factsheet.sections.calendar")}>
        <div className="grid gap-3 sm:grid-cols-4">
          {text("deadlines.autumn", t("factsheet.fields.autumnDeadline"))}
          {text("deadlines.spring", t("factsheet.fields.springDeadline"))}
          {text("decisionWeeksLimit", t("factsheet.fields.decisionWeeks"), "number")}
          {text("torWeeksLimit", t("factsheet.fields.torWeeks"), "number")}
        </div>
        {bilingual("semesters.autumn", t("factsheet.fields.autumnDates"))}
        {bilingual("semesters.spring", t("factsheet.fields.springDates"))}
        {bilingual("minimumStay", t("factsheet.fields.minimumStay"), true)}
      </Section>
      <Section title={t("factsheet.sections.courses")}>
        {courses.fields.map((field, index) => (
          <div key={field.id} className="space-y-2 rounded border border-slate-200 p-3">
            {bilingual(`courses.${index}.name`, t("factsheet.fields.courseName"))}
            <div className="flex flex-wrap items-center gap-4">
              <span className="text-sm font-medium">{t("factsheet.fields.courseLanguages")}</span>
              {(["fr", "en"] as const).map((code) => (
                <label key={code} className="flex items-center gap-2 text-sm">
                  <input type="checkbox" value={code} {...register(`courses.${index}.languages`)} />
                  {t(`incoming.languageNames.${code}`)}
                </label>
              ))}
              <Button variant="ghost" onClick={() => courses.remove(index)}>
                {t("factsheet.fields.removeCourse")}
              </Button>
            </div>
            {err(`courses.${index}.languages`) && (
              <p role="alert" className="text-sm text-red-700">
                {err(`courses.${index}.languages`)}
              </p>
            )}
          </div>
        ))}
        <Button variant="secondary" onClick={() => courses.append({ name: { fr: "", en: "" }, languages: ["fr"] })}>
          {t("factsheet.fields.addCourse")}
        </Button>
        {bilingual("master.name", t("incoming.masterTitle"))}
        {text("master.website", t("factsheet.fields.website"), "url")}
        <CheckboxField label={t("incoming.noFees")} {...register("master.noFeesForExchange")} />
      </Section>
      <Section title={t("factsheet.sections.languages")}>
        {content.languageRequirements.map((requirement, index) => (
          <div key={requirement.language} className="grid items-end gap-3 sm:grid-cols-3">
            <SelectField
              label={`${t(`incoming.languageNames.${requirement.language}`)} — ${t("factsheet.fields.minimumLevel")}`}
              {...register(`languageRequirements.${index}.minimumLevel`)}
            >
              {CEFR_LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </SelectField>
            <SelectField
              label={`${t(`incoming.languageNames.${requirement.language}`)} — ${t("factsheet.fields.recommendedLevel")}`}
              {...register(`languageRequirements.${index}.recommendedLevel`)}
            >
              {CEFR_LEVELS.map((level) => (
                <option key={level}>{level}</option>
              ))}
            </SelectField>
            <CheckboxField label={t("factsheet.fields.certificateRequired")} {...register(`languageRequirements.${index}.certificateRequired`)} />
          </div>
        ))}
        {bilingual("frenchLessons", t("factsheet.fields.frenchLessons"), true)}
      </Section>
      <Section title={t("factsheet.sections.study")}>
        {text("creditsPerSemester", t("factsheet.fields.credits"), "number")}
        {bilingual("exams", t("factsheet.fields.exams"), true)}
        {bilingual("resits", t("factsheet.fields.resits"), true)}
        {content.gradingScale.map((grade, index) => (
          <div key={grade.grade}>{bilingual(`gradingScale.${index}.label`, `${t("incoming.grade")} ${grade.grade}`)}</div>
        ))}
        <div className="flex flex-wrap gap-4">
          {EWP_REQUIREMENTS.map((requirement) => (
            <label key={requirement} className="flex items-center gap-2 text-sm">
              <input type="checkbox" value={requirement} {...register("applicationRequirements")} />
              {requirement}
            </label>
          ))}
        </div>
      </Section>
      <Section title={t("factsheet.sections.life")}>
        <div className="grid gap-3 sm:grid-cols-2">
          {text("accommodation.name", t("factsheet.fields.accommodationName"))}
          {text("accommodation.website", t("factsheet.fields.website"), "url")}
          {text("accommodation.monthlyCostMin", t("factsheet.fields.costMin"), "number")}
          {text("accommodation.monthlyCostMax", t("factsheet.fields.costMax"), "number")}
        </div>
        {insurance.fields.map((field, index) => (
          <div key={field.id} className="space-y-2 rounded border border-slate-200 p-3">
            {bilingual(`insurance.${index}.name`, t("factsheet.fields.insuranceName"))}
            {bilingual(`insurance.${index}.description`, t("factsheet.fields.insuranceName"), true)}
            <TextField
              type="number"
              label={t("factsheet.fields.insuranceCost")}
              error={err(`insurance.${index}.yearlyCostEur`)}
              {...register(`insurance.${index}.yearlyCostEur`, { setValueAs: (v) => (v === "" || v === null ? null : Number(v)) })}
            />
          </div>
        ))}
      </Section>
      <NoticeView notice={notice} />
      <Button type="submit" disabled={formState.isSubmitting}>
        {t("common.save")}
      </Button>
    </form>
  );
}
