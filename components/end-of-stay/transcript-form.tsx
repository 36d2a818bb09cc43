"use client";

import { useState } from "react";
import { useFieldArray } from "react-hook-form";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Alert } from "@/components/ui/alert";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZTranscript } from "@/lib/validation/end-of-stay";
import type { Component } from "@/lib/domain/learning-agreement/content";
import type { TranscriptEntry } from "@/lib/domain/recognition/recognition";
import { enterTranscriptAction, transcribeTranscriptAction } from "@/app/actions/end-of-stay";

/**
 * The host's transcript of records: a line for each component of the agreed
 * table A (its code and title fixed), and lines it adds for courses taken
 * during the stay. The latest transcript, if any, is the starting point.
 * With `transcribe`, the home coordinator types the host's PDF instead.
 */
export function TranscriptForm({
  token,
  applicationId,
  studied,
  latest,
  transcribe = false,
}: {
  token: string;
  applicationId: string;
  studied: Component[];
  latest: TranscriptEntry[] | null;
  transcribe?: boolean;
}) {
  const { t, fieldError } = useI18n();
  const previous = (id: string | null) => latest?.find((e) => e.componentId === id);
  const form = useZodForm(ZTranscript, {
    token,
    applicationId,
    signerName: "",
    entries: [
      ...studied.map((c) => ({
        componentId: c.id,
        losCode: c.losCode,
        title: c.title,
        grade: previous(c.id)?.grade ?? "",
        creditsObtained: String(previous(c.id)?.creditsObtained ?? c.credits),
        passed: previous(c.id)?.passed ?? true,
      })),
      ...(latest ?? []).filter((e) => !e.componentId).map((e) => ({ ...e, componentId: "", creditsObtained: String(e.creditsObtained) })),
    ],
  });
  const { fields, append, remove } = useFieldArray({ control: form.control, name: "entries" });
  const { run, notice, busy } = useAction({ form, refresh: "on-failure" });
  const [done, setDone] = useState(false);
  const { errors } = form.formState;
  if (done) return <Alert tone="success">{t("endOfStay.transcriptDone")}</Alert>;
  return (
    <form
      className="space-y-4"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        const result = await run(() => (transcribe ? transcribeTranscriptAction(values) : enterTranscriptAction(values)));
        if (result.ok) setDone(true);
      })}
    >
      {fields.map((field, index) => {
        const fixed = Boolean(field.componentId);
        const rowErrors = errors.entries?.[index];
        return (
          <fieldset key={field.id} className="space-y-2 rounded-md border border-slate-200 p-3" data-testid="transcript-line">
            <legend className="px-1 text-sm font-semibold break-words">{fixed ? `${field.losCode} ${field.title}` : t("endOfStay.added")}</legend>
            {!fixed && (
              <div className="grid gap-2 sm:grid-cols-3">
                <TextField label={t("endOfStay.losCode")} error={fieldError(rowErrors?.losCode)} {...form.register(`entries.${index}.losCode`)} />
                <div className="sm:col-span-2">
                  <TextField label={t("endOfStay.courseTitle")} error={fieldError(rowErrors?.title)} {...form.register(`entries.${index}.title`)} />
                </div>
              </div>
            )}
            <div className="grid items-end gap-2 sm:grid-cols-3">
              <TextField label={t("endOfStay.grade")} error={fieldError(rowErrors?.grade)} {...form.register(`entries.${index}.grade`)} />
              <TextField
                type="number"
                step="0.5"
                min={0}
                label={t("endOfStay.creditsObtained")}
                error={fieldError(rowErrors?.creditsObtained)}
                {...form.register(`entries.${index}.creditsObtained`)}
              />
              <CheckboxField label={t("endOfStay.passed")} {...form.register(`entries.${index}.passed`)} />
            </div>
            {!fixed && (
              <Button variant="secondary" onClick={() => remove(index)}>
                {t("endOfStay.removeComponent")}
              </Button>
            )}
          </fieldset>
        );
      })}
      <Button variant="secondary" onClick={() => append({ componentId: "", losCode: "", title: "", grade: "", creditsObtained: "0", passed: true })}>
        {t("endOfStay.addComponent")}
      </Button>
      <TextField label={t("endOfStay.signerName")} autoComplete="name" error={fieldError(errors.signerName)} {...form.register("signerName")} />
      {errors.entries?.message && <p className="text-sm font-medium text-red-700">{fieldError(errors.entries)}</p>}
      <Button type="submit" disabled={busy}>
        {t("endOfStay.sendTranscript")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
