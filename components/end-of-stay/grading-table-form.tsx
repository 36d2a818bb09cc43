"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZGradingTableForm } from "@/lib/validation/end-of-stay";
import { saveGradingTableAction } from "@/app/actions/end-of-stay";

/** The office enters a grading table, typed or read from a CSV file into the same box; saving a table that exists replaces it. */
export function GradingTableForm({ owners }: { owners: Array<{ value: string; label: string }> }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZGradingTableForm, { owner: owners[0]?.value ?? "", eqfLevel: "7", iscedCode: "", grades: "" });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  return (
    <form className="space-y-3" noValidate onSubmit={form.handleSubmit((values) => run(() => saveGradingTableAction(values), "gradingTables.saved"))}>
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField label={t("gradingTables.owner")} error={fieldError(errors.owner)} {...form.register("owner")}>
          {owners.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </SelectField>
        <SelectField label={t("gradingTables.eqfLevel")} error={fieldError(errors.eqfLevel)} {...form.register("eqfLevel")}>
          {[6, 7, 8].map((level) => (
            <option key={level} value={level}>
              EQF {level}
            </option>
          ))}
        </SelectField>
        <TextField label={t("gradingTables.iscedCode")} inputMode="numeric" error={fieldError(errors.iscedCode)} {...form.register("iscedCode")} />
      </div>
      <TextAreaField label={t("gradingTables.grades")} rows={7} error={fieldError(errors.grades)} {...form.register("grades")} />
      <label className="block text-sm">
        <span className="font-medium">{t("gradingTables.importCsv")}</span>
        <input
          type="file"
          accept=".csv,text/csv,text/plain"
          className="mt-1 block text-sm"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file) form.setValue("grades", await file.text(), { shouldDirty: true });
          }}
        />
      </label>
      <Button type="submit" disabled={busy}>
        {t("gradingTables.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}
