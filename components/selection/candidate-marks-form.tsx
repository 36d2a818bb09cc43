"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZCandidateMarks } from "@/lib/validation/selection";
import { markCandidateAction } from "@/app/actions/selection";

/** One candidate's motivation mark and previous stay, entered by their coordinator; the ranking is worked out again. */
export function CandidateMarksForm({
  applicationId,
  name,
  motivationMark,
  previousErasmusStay,
}: {
  applicationId: string;
  name: string;
  motivationMark: number | null;
  previousErasmusStay: boolean;
}) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZCandidateMarks, { applicationId, motivationMark: motivationMark === null ? "" : String(motivationMark), previousErasmusStay });
  const { run, notice, busy } = useAction({ form });
  return (
    <form
      className="flex flex-wrap items-end gap-2"
      aria-label={t("selection.marksOf", { name })}
      noValidate
      onSubmit={form.handleSubmit((values) => run(() => markCandidateAction(values), "selection.marksSaved"))}
    >
      <TextField
        type="number"
        step="0.5"
        label={t("selection.motivationMark")}
        error={fieldError(form.formState.errors.motivationMark)}
        {...form.register("motivationMark")}
      />
      <CheckboxField label={t("selection.previousStay")} {...form.register("previousErasmusStay")} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("selection.saveMarks")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
