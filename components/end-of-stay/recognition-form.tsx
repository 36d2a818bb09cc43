"use client";

import { useWatch } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZRecognition } from "@/lib/validation/end-of-stay";
import { convertGrade, type GradeCount } from "@/lib/domain/recognition/grade-conversion";
import { creditsObtained, type TranscriptEntry } from "@/lib/domain/recognition/recognition";
import type { Component } from "@/lib/domain/learning-agreement/content";
import { recordRecognitionAction } from "@/app/actions/end-of-stay";

type Tables = { partner: { label: string; grades: GradeCount[] } | null; home: { label: string; grades: GradeCount[] } | null };

/**
 * The home coordinator's recognition, component by component of table B:
 * the host grade it rests on, converted with the grading tables as soon as
 * it is chosen (the server converts again), or entered by hand with a reason.
 */
export function RecognitionForm({
  applicationId,
  recognized,
  transcript,
  tables,
}: {
  applicationId: string;
  recognized: Component[];
  transcript: TranscriptEntry[];
  tables: Tables;
}) {
  const { t, fieldError } = useI18n();
  const canConvert = Boolean(tables.partner && tables.home);
  const grades = [...new Set(transcript.map((e) => e.grade))];
  const form = useZodForm(ZRecognition, {
    applicationId,
    shortfallReason: "",
    entries: recognized.map((c, index) => ({
      componentId: c.id,
      creditsRecognised: String(c.credits),
      homeGrade: "",
      foreignGrade: transcript[index]?.grade ?? grades[0] ?? "",
      method: canConvert ? ("table" as const) : ("manual" as const),
      reason: "",
    })),
  });
  const entries = useWatch({ control: form.control, name: "entries" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  const conversion = (foreignGrade: string) => (canConvert ? convertGrade(tables.partner!.grades, tables.home!.grades, foreignGrade) : null);
  const obtained = creditsObtained(transcript);
  const recognised = entries.reduce((sum, e) => sum + (Number(String(e.creditsRecognised).replace(",", ".")) || 0), 0);
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={form.handleSubmit((values) =>
        run(
          () =>
            recordRecognitionAction({
              ...values,
              // The converted grade is what the tables give; the server converts again.
              entries: values.entries.map((e) => (e.method === "table" ? { ...e, homeGrade: conversion(e.foreignGrade)?.converted ?? "" } : e)),
            }),
          "common.saved",
        ),
      )}
    >
      {canConvert ? (
        <p className="text-sm">{t("recognition.tablesUsed", { from: tables.partner!.label, to: tables.home!.label })}</p>
      ) : (
        <p className="text-sm">{t("recognition.noTables")}</p>
      )}
      {recognized.map((component, index) => {
        const entry = entries[index];
        const converted = entry?.method === "table" ? conversion(entry.foreignGrade) : null;
        const rowErrors = errors.entries?.[index];
        return (
          <fieldset key={component.id} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="recognition-line">
            <legend className="px-1 text-sm font-semibold break-words">
              {`${component.losCode} ${component.title}`.trim()} · {t("endOfStay.plannedCredits", { credits: component.credits })}
            </legend>
            <div className="grid gap-2 sm:grid-cols-3">
              <SelectField label={t("recognition.foreignGrade")} {...form.register(`entries.${index}.foreignGrade`)}>
                {grades.map((grade) => (
                  <option key={grade} value={grade}>
                    {grade}
                  </option>
                ))}
              </SelectField>
              <TextField
                type="number"
                step="0.5"
                min={0}
                label={t("recognition.creditsRecognised")}
                error={fieldError(rowErrors?.creditsRecognised)}
                {...form.register(`entries.${index}.creditsRecognised`)}
              />
              <SelectField label={t("recognition.method")} {...form.register(`entries.${index}.method`)}>
                {canConvert && <option value="table">{t("recognition.methods.table")}</option>}
                <option value="manual">{t("recognition.methods.manual")}</option>
              </SelectField>
            </div>
            {entry?.method === "table" ? (
              <p className="text-sm font-medium" data-testid="converted-grade">
                {converted
                  ? t("recognition.converted", { grade: converted.converted, from: `${converted.fromBand.join("–")} %`, to: `${converted.toBand.join("–")} %` })
                  : t("errors.refusals.no_grading_table")}
              </p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-3">
                <TextField label={t("recognition.homeGrade")} error={fieldError(rowErrors?.homeGrade)} {...form.register(`entries.${index}.homeGrade`)} />
                <div className="sm:col-span-2">
                  <TextField label={t("recognition.reason")} error={fieldError(rowErrors?.reason)} {...form.register(`entries.${index}.reason`)} />
                </div>
              </div>
            )}
          </fieldset>
        );
      })}
      <p className="text-sm" data-testid="credit-totals">
        {t("recognition.obtainedTotal", { credits: obtained, recognised })}
      </p>
      {recognised < obtained && (
        <TextAreaField label={t("recognition.shortfallReason")} rows={3} error={fieldError(errors.shortfallReason)} {...form.register("shortfallReason")} />
      )}
      <Button type="submit" disabled={busy}>
        {t("recognition.record")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
