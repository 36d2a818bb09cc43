"use client";

import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxField, SelectField, TextField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { ZCandidateCriteria } from "@/lib/validation/grants";
import { setCriteriaAction } from "@/app/actions/grants";

/** The commission enters a candidate's grade average and may correct the linguistic criterion. */
export function CandidateCriteria(props: {
  applicationId: string;
  name: string;
  gradeAverage: number | null;
  linguisticOverride: boolean | null;
  linguisticDerived: boolean;
  fewerOpportunities: boolean;
}) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZCandidateCriteria, {
    applicationId: props.applicationId,
    gradeAverage: props.gradeAverage === null ? "" : String(props.gradeAverage),
    linguisticOverride: props.linguisticOverride === null ? "auto" : props.linguisticOverride ? "yes" : "no",
    fewerOpportunities: props.fewerOpportunities,
  });
  const { run, notice, busy } = useAction({ form });
  return (
    <details>
      <summary className="cursor-pointer text-xs text-eu-blue">{t("grants.edit", { name: props.name })}</summary>
      <form
        className="mt-2 space-y-2 text-xs"
        noValidate
        onSubmit={form.handleSubmit((values) => run(() => setCriteriaAction(values), "grants.criteriaSaved"))}
      >
        <TextField
          label={t("grants.gradeAverage")}
          inputMode="decimal"
          error={fieldError(form.formState.errors.gradeAverage)}
          {...form.register("gradeAverage")}
        />
        <SelectField label={t("grants.linguistic")} {...form.register("linguisticOverride")}>
          <option value="auto">{t("grants.linguisticAuto", { value: props.linguisticDerived ? t("application.yes") : t("application.no") })}</option>
          <option value="yes">{t("application.yes")}</option>
          <option value="no">{t("application.no")}</option>
        </SelectField>
        <CheckboxField label={t("grants.fewerOpportunities")} {...form.register("fewerOpportunities")} />
        <Button type="submit" variant="secondary" disabled={busy}>
          {t("common.save")}
        </Button>
        <NoticeView notice={notice} />
      </form>
    </details>
  );
}
