"use client";

import { useState } from "react";
import { useI18n } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { Alert } from "@/components/ui/alert";
import { SelectField, TextField, TextAreaField } from "@/components/ui/field";
import { useAction } from "@/components/forms/use-action";
import { useZodForm } from "@/components/forms/use-zod-form";
import { NoticeView } from "@/components/forms/notice-view";
import { CRITERIA, publicationIsLate } from "@/lib/domain/grant/ranking";
import { formatDate } from "@/lib/i18n/format";
import { ZGradeImport, ZGrantSettings, type TGrantSettings } from "@/lib/validation/grants";
import type { GradeLineError } from "@/lib/server/grant/commission-ranking";
import { importGradesAction, publishAmendmentAction, publishGrantsAction, saveGrantSettingsAction } from "@/app/actions/grants";

/** The round's settings as the form starts from them. */
type Settings = Omit<TGrantSettings, "roundId">;

/** The commission's weights, tie-breaks, budget and rate table; the ranking below follows every save. */
export function CommissionSettings({ roundId, initial }: { roundId: string; initial: Settings }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZGrantSettings, {
    roundId,
    ...initial,
    tieBreaks: [...initial.tieBreaks, ...CRITERIA.filter((c) => !initial.tieBreaks.includes(c))].slice(0, 3),
  });
  const { run, notice, busy } = useAction({ form });
  const { errors } = form.formState;
  const [preset, publicationDate] = form.watch(["preset", "publicationDate"]);
  const late = publicationDate ? publicationIsLate(new Date(`${publicationDate}T12:00:00Z`)) : false;
  return (
    <form className="space-y-3" noValidate onSubmit={form.handleSubmit((values) => run(() => saveGrantSettingsAction(values), "grants.saved"))}>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField type="number" label={t("grants.budget")} error={fieldError(errors.budget)} {...form.register("budget")} />
        {CRITERIA.map((criterion) => (
          <TextField
            key={criterion}
            type="number"
            step="0.1"
            label={t("grants.weight", { criterion: t(`grants.criteria.${criterion}`) })}
            error={fieldError(errors.weights?.[criterion])}
            {...form.register(`weights.${criterion}`)}
          />
        ))}
      </div>
      <p className="text-xs text-slate-600">{t("grants.criteriaHelp")}</p>
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((position) => (
          <SelectField
            key={position}
            label={t("grants.tieBreak", { position: position + 1 })}
            error={position === 0 ? fieldError(errors.tieBreaks) : undefined}
            {...form.register(`tieBreaks.${position}`)}
          >
            {CRITERIA.map((criterion) => (
              <option key={criterion} value={criterion}>
                {t(`grants.criteria.${criterion}`)}
              </option>
            ))}
          </SelectField>
        ))}
      </div>
      <SelectField label={t("grants.preset")} {...form.register("preset")}>
        <option value="seed">{t("grants.presets.seed")}</option>
        <option value="programme">{t("grants.presets.programme")}</option>
      </SelectField>
      <div className="grid gap-3 sm:grid-cols-2">
        {preset === "seed" && (
          <TextField type="number" label={t("grants.monthlyRate")} error={fieldError(errors.monthlyRate)} {...form.register("monthlyRate")} />
        )}
        <TextField type="date" label={t("grants.publicationDate")} error={fieldError(errors.publicationDate)} {...form.register("publicationDate")} />
      </div>
      {late && <Alert tone="warning">{t("grants.lateWarning")}</Alert>}
      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold">{t("grants.finalRules.legend")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          <TextField
            type="number"
            min={0}
            max={60}
            label={t("grants.finalRules.toleranceDays")}
            error={fieldError(errors.toleranceDays)}
            {...form.register("toleranceDays")}
          />
          <TextField
            type="number"
            min={0}
            max={12}
            label={t("grants.finalRules.minimumStayMonths")}
            error={fieldError(errors.minimumStayMonths)}
            {...form.register("minimumStayMonths")}
          />
          <TextField
            type="number"
            min={0}
            max={100}
            label={t("grants.finalRules.prefinancingPercent")}
            error={fieldError(errors.prefinancingPercent)}
            {...form.register("prefinancingPercent")}
          />
        </div>
      </fieldset>
      <Button type="submit" disabled={busy}>
        {t("grants.save")}
      </Button>
      <NoticeView notice={notice} />
    </form>
  );
}

export function GradeImport({ roundId }: { roundId: string }) {
  const { t, fieldError } = useI18n();
  const form = useZodForm(ZGradeImport, { roundId, csv: "" });
  const { run, notice, busy } = useAction({ form });
  const [lineErrors, setLineErrors] = useState<GradeLineError[]>([]);
  return (
    <form
      className="space-y-2"
      noValidate
      onSubmit={form.handleSubmit(async (values) => {
        setLineErrors([]);
        const result = await run(
          () => importGradesAction(values),
          (data) => (data.errors.length > 0 ? "" : t("grants.imported", { count: data.updated })),
        );
        if (result.ok) setLineErrors(result.data.errors);
      })}
    >
      <TextAreaField label={t("grants.importLead")} rows={4} error={fieldError(form.formState.errors.csv)} {...form.register("csv")} />
      <Button type="submit" variant="secondary" disabled={busy}>
        {t("grants.importButton")}
      </Button>
      {lineErrors.length > 0 ? (
        <Alert tone="error">
          <ul>
            {lineErrors.map((e) => (
              <li key={e.line}>{t(`grants.import.${e.reason}`, { line: e.line })}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <NoticeView notice={notice} />
      )}
    </form>
  );
}

export function PublishButton({ roundId }: { roundId: string }) {
  const { t, locale } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button
        variant="danger"
        disabled={busy}
        onClick={() => {
          if (window.confirm(t("grants.publishConfirm")))
            void run(
              () => publishGrantsAction({ roundId }),
              () => t("grants.published", { date: formatDate(new Date(), locale) }),
            );
        }}
      >
        {t("grants.publish")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}

/** Publishes the amendment the page shows: the freed budget awarded down the published ranking. */
export function PublishAmendmentButton({ roundId }: { roundId: string }) {
  const { t } = useI18n();
  const { run, notice, busy } = useAction();
  return (
    <div className="space-y-2">
      <Button
        disabled={busy}
        onClick={() =>
          void run(
            () => publishAmendmentAction({ roundId }),
            (outcome) => t("grants.amendmentPublished", { count: outcome.awarded }),
          )
        }
      >
        {t("grants.publishAmendment")}
      </Button>
      <NoticeView notice={notice} />
    </div>
  );
}
