"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { addNoteAction } from "@/app/actions/review";
import { ZNote } from "@/lib/validation/review";

export function NoteForm({ applicationId }: { applicationId: string }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZNote, { applicationId, body: "" });
  const { run, notice, busy } = useAction({ form, conflict: "coordinator.changedMeanwhile" });
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        if ((await run(() => addNoteAction(values))).ok) form.reset({ applicationId, body: "" });
      })}
    >
      <TextAreaField label={t("coordinator.noteLabel")} rows={3} error={fieldError(form.formState.errors.body)} {...form.register("body")} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("coordinator.addNote")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
