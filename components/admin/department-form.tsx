"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { CheckboxField, TextField } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/forms/use-action";
import { useBasedOnVersion } from "@/components/forms/use-based-on-version";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZDepartment, type TDepartmentInput } from "@/lib/validation/programme";
import { saveDepartmentAction } from "@/app/actions/programmes";

/** A department's name and whether it is archived; without an id, a new department. */
export function DepartmentForm({ values }: { values: TDepartmentInput }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZDepartment, values);
  const { run, notice, busy } = useAction({ form, conflict: "staff.changedMeanwhile" });
  const { basedOn, savedAs } = useBasedOnVersion(values.version);
  const isNew = !values.id;
  return (
    <form
      noValidate
      className="flex flex-wrap items-end gap-3"
      onSubmit={form.handleSubmit(async () => {
        const result = await run(() => saveDepartmentAction({ ...form.getValues(), version: basedOn }), "staff.departmentSaved");
        if (!result.ok) return;
        if (isNew) form.reset(values);
        else savedAs(result.data.version);
      })}
    >
      <div className="min-w-64 flex-1">
        <TextField label={t("staff.departmentName")} error={fieldError(form.formState.errors.name)} {...form.register("name")} />
      </div>
      {!isNew && <CheckboxField label={t("staff.archived")} {...form.register("archived")} />}
      <Button type="submit" disabled={busy}>
        {isNew ? t("staff.add") : t("common.save")}
      </Button>
      <div className="basis-full">
        <NoticeView notice={notice} />
      </div>
    </form>
  );
}
